import { isUtf8 } from 'node:buffer';
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';

/** Where a JSON text stops being valid, as offset and 1-based line and column, and what is wrong there. */
export interface JsonSyntaxError {
  readonly message: string;
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

const DESCRIPTIONS: Readonly<Partial<Record<ReturnType<typeof printParseErrorCode>, string>>> = {
  InvalidSymbol: 'expected a JSON value',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a JSON value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected "," or a closing bracket',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'expected end of input',
  InvalidCommentToken: 'comments are not JSON',
  UnexpectedEndOfComment: 'comments are not JSON',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'incomplete number',
  InvalidUnicode: 'invalid \\u escape in string',
  InvalidEscapeCharacter: 'invalid escape in string',
  InvalidCharacter: 'unescaped control character in string',
};

const VALID_ESCAPES = '"\\/bfnrt';

/**
 * jsonc-parser reports errors inside a string at the string's opening quote; this finds the offending character
 * itself (a control character, or the backslash of a bad escape).
 */
function offendingOffset(name: string, text: string, offset: number, length: number): number {
  const end = Math.min(text.length, offset + length);
  for (let i = offset + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (name === 'InvalidCharacter' && code < 0x20) return i;
    if (code !== 0x5c) continue;
    const next = text[i + 1] ?? '';
    const bad =
      next === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : next === '' || !VALID_ESCAPES.includes(next);
    if (bad && (name === 'InvalidEscapeCharacter' || name === 'InvalidUnicode')) return i;
    i++;
  }
  return offset;
}

function describe(name: string, text: string, offset: number): string {
  if (name === 'UnexpectedEndOfString') return 'unterminated string (it starts here)';
  const found =
    offset >= text.length
      ? 'end of input'
      : text.charCodeAt(offset) === 0xfeff
        ? 'a byte order mark (U+FEFF)'
        : JSON.stringify(text.slice(offset, offset + 1));
  return `${DESCRIPTIONS[name as keyof typeof DESCRIPTIONS] ?? name}, found ${found}`;
}

/**
 * Locates the first syntax error of strict JSON text (no comments, no trailing commas). `JSON.parse` only
 * sometimes says where it failed; call this when it throws, to give the user a line and a column.
 * Returns `undefined` for valid JSON, and for text nested too deeply to scan.
 */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const errors: ParseError[] = [];
  try {
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
  const first = errors[0];
  if (first === undefined) return undefined;
  const name = printParseErrorCode(first.error);
  const offset = offendingOffset(name, text, first.offset, first.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { message: describe(name, text, offset), offset, line, column };
}

/** The first byte of a JSON text that is not UTF-8, and where it sits (line and column in the decoded text). */
export interface InvalidUtf8 {
  readonly offset: number;
  readonly byte: number;
  readonly line: number;
  readonly column: number;
}

/**
 * Locates the first byte that is not UTF-8 (RFC 8259 §8.1 makes UTF-8 the only encoding of JSON between systems).
 * A Latin-1 or Windows-1252 file shows up here rather than as odd values further on. `undefined` for valid UTF-8.
 */
export function locateInvalidUtf8(bytes: Uint8Array): InvalidUtf8 | undefined {
  if (isUtf8(bytes)) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  let offset = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The decoder writes U+FFFD for each bad sequence; an encoded U+FFFD (EF BF BD) in the input is genuine.
    if (code === 0xfffd && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) {
      return { offset, byte: bytes[offset] ?? 0, line, column: i - lineStart + 1 };
    }
    if (code === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    if (code < 0x80) offset += 1;
    else if (code < 0x800) offset += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      offset += 4;
      i++;
    } else offset += 3;
  }
  return undefined;
}
