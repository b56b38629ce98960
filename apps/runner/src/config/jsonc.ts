import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';

export type JsoncResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string };

function position(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/** Parses JSON with comments and trailing commas (`elan-kit.config.jsonc`); errors carry line and column. */
export function parseJsonc(text: string): JsoncResult {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) return { ok: false, message: `${printParseErrorCode(first.error)} at ${position(text, first.offset)}` };
  return { ok: true, value };
}
