export type { SanitizeTerminalOptions } from './sanitize.js';
export { sanitizeTerminalText } from './sanitize.js';
