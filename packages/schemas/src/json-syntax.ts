import { type ParseError, type ParseErrorCode, parse, printParseErrorCode } from 'jsonc-parser';

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

function describe(code: ParseErrorCode, text: string, offset: number): string {
  const name = printParseErrorCode(code);
  const found =
    offset >= text.length
      ? 'end of input'
      : text.charCodeAt(offset) === 0xfeff
        ? 'a byte order mark (U+FEFF)'
        : JSON.stringify(text.slice(offset, offset + 1));
  return `${DESCRIPTIONS[name] ?? name}, found ${found}`;
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
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  return { message: describe(first.error, text, first.offset), offset: first.offset, line, column };
}
