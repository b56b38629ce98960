import { readFileSync, statSync } from 'node:fs';
import { locateInvalidUtf8, locateJsonSyntaxError } from '@elan-kit/schemas';
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { CliError } from '../errors.js';

/**
 * Every file the kit reads (documents, configs, pacts, run results, rates, recordings, register exports) passes
 * here: a size limit, UTF-8 only (the first other byte is named), and JSON errors with line and column.
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export type Decoded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

export interface DecodeOptions {
  /** Accept comments and trailing commas (config files). */
  readonly jsonc?: boolean;
  readonly maxBytes?: number;
}

function sizeProblem(bytes: number, limit: number): string {
  const mib = (limit / 1024 / 1024).toFixed(limit % (1024 * 1024) === 0 ? 0 : 1);
  return `is too large (${bytes} bytes; the limit is ${mib} MiB)`;
}

/** Bytes → text: refused when too large or not UTF-8; a byte order mark is dropped. */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): Decoded<string> {
  const limit = options.maxBytes ?? MAX_INPUT_BYTES;
  if (bytes.length > limit) return { ok: false, problem: sizeProblem(bytes.length, limit) };
  const notUtf8 = locateInvalidUtf8(bytes);
  if (notUtf8) {
    const byte = notUtf8.byte.toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      problem: `is not UTF-8: byte 0x${byte} at line ${notUtf8.line}, column ${notUtf8.column} is not a UTF-8 character (Latin-1 or Windows-1252?). JSON is read as UTF-8 (RFC 8259 §8.1); save the file as UTF-8`,
    };
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return { ok: true, value: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Text → JSON value (or JSONC); the problem names line and column of the first error. */
export function parseJsonText(text: string, options: DecodeOptions = {}): Decoded<unknown> {
  if (text.trim() === '') return { ok: false, problem: 'is empty' };
  if (options.jsonc) {
    const errors: ParseError[] = [];
    const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
    const first = errors[0];
    if (!first) return { ok: true, value };
    const { line, column } = lineAndColumn(text, first.offset);
    return {
      ok: false,
      problem: `is not valid JSON at line ${line}, column ${column}: ${printParseErrorCode(first.error)}`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const where = locateJsonSyntaxError(text);
    return {
      ok: false,
      problem: where
        ? `is not valid JSON at line ${where.line}, column ${where.column}: ${where.message}`
        : 'is not valid JSON',
    };
  }
}

/** Bytes → JSON value, with every check above. */
export function decodeJson(bytes: Uint8Array, options: DecodeOptions = {}): Decoded<unknown> {
  const text = decodeText(bytes, options);
  return text.ok ? parseJsonText(text.value, options) : text;
}

export interface ReadFileOptions extends DecodeOptions {
  /** How the file is named in messages (the path as the user gave it). */
  readonly display?: string;
  /** What the file is, e.g. "config file", "pact", "rates file". */
  readonly what: string;
  /** What to do when it cannot be used. */
  readonly hint?: string;
}

function unreadable(options: ReadFileOptions, path: string, problem: string, cause?: unknown): CliError {
  return new CliError('ELAN_INPUT_UNREADABLE', `The ${options.what} ${options.display ?? path} ${problem}.`, {
    ...(options.hint ? { hint: options.hint } : {}),
    ...(cause === undefined ? {} : { cause }),
  });
}

function readBytes(path: string, options: ReadFileOptions): Buffer {
  try {
    const limit = options.maxBytes ?? MAX_INPUT_BYTES;
    const size = statSync(path).size;
    if (size > limit) throw unreadable(options, path, sizeProblem(size, limit));
    return readFileSync(path);
  } catch (cause) {
    if (cause instanceof CliError) throw cause;
    const code = (cause as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT' ? 'was not found' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code})`;
    throw unreadable(options, path, problem, cause);
  }
}

/** Reads a text file (UTF-8, size-limited) or throws a CliError naming it. */
export function readTextFile(path: string, options: ReadFileOptions): string {
  const text = decodeText(readBytes(path, options), options);
  if (!text.ok) throw unreadable(options, path, text.problem);
  return text.value;
}

/** Reads a JSON (or JSONC) file or throws a CliError naming it, with line and column of a syntax error. */
export function readJsonFile(path: string, options: ReadFileOptions): unknown {
  const value = decodeJson(readBytes(path, options), options);
  if (!value.ok) throw unreadable(options, path, value.problem);
  return value.value;
}

/** JSON Lines: one JSON value per non-empty line; an error names the line. */
export function readJsonLinesFile(path: string, options: ReadFileOptions): Array<{ line: number; value: unknown }> {
  const values: Array<{ line: number; value: unknown }> = [];
  readTextFile(path, options)
    .split('\n')
    .forEach((text, index) => {
      if (!text.trim()) return;
      const parsed = parseJsonText(text);
      if (!parsed.ok) {
        const problem = parsed.problem.replace(/at line 1, column/, `at line ${index + 1}, column`);
        throw unreadable(options, path, problem);
      }
      values.push({ line: index + 1, value: parsed.value });
    });
  return values;
}
