import { fileURLToPath } from 'node:url';

/** Absolute path of a file under the package's `contracts/` folder; works from `src/` and from `dist/`. */
export function contractsPath(...segments: string[]): string {
  return fileURLToPath(new URL(['../contracts', ...segments].join('/'), import.meta.url));
}
