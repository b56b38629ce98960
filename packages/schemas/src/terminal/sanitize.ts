/*
 * Text from outside (a server, a file, a token, a request) is made inert before it is shown: control characters
 * become visible control pictures, so an escape sequence arrives as harmless text ("␛[2J") instead of clearing
 * the screen, retitling the window or forging a line.
 */

// C0 controls except tab and LF; DEL; C1 controls (U+0080–U+009F, among them U+009B, the one-byte CSI); the bidi
// marks, embeddings, overrides and isolates; zero-width and invisible formatting characters; the Unicode line and
// paragraph separators; lone surrogates; the noncharacters U+FFFE/U+FFFF.
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Also the tab and the line feed, for a value shown inside one line.
const UNSAFE_INLINE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
  /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Long runs of blanks push the rest of a line out of sight.
const PADDING = /[ \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]{16,}/g;

/**
 * C0 controls become their control picture (␛ for ESC); every other character is spelled `\uXXXX`, which also keeps
 * JSON output valid and equal in value (JSON.stringify escapes C0 controls itself but leaves the others raw).
 */
function visible(character: string): string {
  const code = character.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

function collapse(run: string): string {
  return ` ␠×${run.length} `;
}

export interface SanitizeTerminalOptions {
  /**
   * Keep line feeds, tabs and blank runs (the kit's own multi-line, aligned output). Default false: a value from
   * outside shown within one line, whose long blank runs are collapsed.
   */
  readonly multiline?: boolean;
}

/**
 * Makes text safe to write to a terminal: every control character, C1 control (U+009B included), bidi control and
 * invisible formatting character is shown as a visible stand-in. `\r\n` counts as a line break in multi-line text.
 */
export function sanitizeTerminalText(value: string, options: SanitizeTerminalOptions = {}): string {
  if (options.multiline) {
    return value.replace(/\r\n/g, '\n').replace(UNSAFE, visible);
  }
  return value.replace(UNSAFE_INLINE, visible).replace(PADDING, collapse);
}
