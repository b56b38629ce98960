import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { decodeJson, MAX_INPUT_BYTES } from '../../input/input-file.js';

export interface ParsedInput {
  /** As the user named it: the argument, a path under a directory argument, or `-` for stdin. */
  readonly file: string;
  readonly document: unknown;
}

export interface UnreadableInput {
  readonly file: string;
  readonly problem: string;
}

export type InputResult =
  | { readonly ok: true; readonly input: ParsedInput }
  | { readonly ok: false; readonly error: UnreadableInput };

const SKIPPED_DIRECTORIES = new Set(['node_modules']);

/** Every `*.json` below a directory, recursively, in code-point order of the path (hidden folders and node_modules left out). */
export function listJsonFiles(directory: string): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_DIRECTORIES.has(entry.name)) visit(path);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) found.push(path);
    }
  };
  visit(directory);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Parses the bytes of one input; names what is wrong when it cannot be read as JSON. */
export function parseInput(file: string, bytes: Buffer): InputResult {
  const decoded = decodeJson(bytes);
  return decoded.ok
    ? { ok: true, input: { file, document: decoded.value } }
    : { ok: false, error: { file, problem: decoded.problem } };
}

export interface ReadInputsOptions {
  readonly cwd: string;
  readonly stdin: () => Promise<Buffer>;
}

/** Expands the arguments (files, directories, `-`) and reads every input. */
export async function readInputs(args: readonly string[], options: ReadInputsOptions): Promise<InputResult[]> {
  const results: InputResult[] = [];
  let stdinRead = false;
  for (const arg of args) {
    if (arg === '-') {
      if (stdinRead) continue;
      stdinRead = true;
      results.push(parseInput('-', await options.stdin()));
      continue;
    }
    const path = resolve(options.cwd, arg);
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      results.push({ ok: false, error: { file: arg, problem: 'was not found' } });
      continue;
    }
    if (isDirectory) {
      const files = listJsonFiles(path);
      if (files.length === 0)
        results.push({ ok: false, error: { file: arg, problem: 'is a directory without *.json files' } });
      for (const file of files) results.push(readFile(join(arg, relative(path, file)), file));
      continue;
    }
    results.push(readFile(arg, path));
  }
  return results;
}

function readFile(file: string, path: string): InputResult {
  try {
    const size = statSync(path).size;
    if (size > MAX_INPUT_BYTES) {
      return { ok: false, error: { file, problem: `is too large (${size} bytes; the limit is 10 MiB)` } };
    }
    return parseInput(file, readFileSync(path));
  } catch (error) {
    const reason =
      error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : 'unknown error';
    return { ok: false, error: { file, problem: `cannot be read (${reason})` } };
  }
}
