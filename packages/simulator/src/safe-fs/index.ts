export type { WriteInsideOptions } from './inside-folder.js';
export { createFileInside, removeFileInside, writeFileInside } from './inside-folder.js';
export { makeDirectory } from './make-directory.js';
