import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { SchemaPackageError } from '../errors/index.js';

/** Reads a JSON or YAML file; errors name the file, and the line and column where parsing failed. */
export function readDocumentFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    const notFound = (cause as NodeJS.ErrnoException).code === 'ENOENT';
    throw new SchemaPackageError(
      notFound ? 'ELAN_CONTRACT_NOT_FOUND' : 'ELAN_CONTRACT_UNREADABLE',
      notFound ? `${file} does not exist` : `${file} cannot be read: ${(cause as Error).message}`,
      { cause, file },
    );
  }
  return parseDocumentText(text, file);
}

export function parseDocumentText(text: string, file: string): unknown {
  const source = text.replace(/^\uFEFF/, '');
  if (/^\s*[{[]/.test(source)) {
    try {
      return JSON.parse(source);
    } catch {
      // Not strict JSON (comments, trailing commas…): YAML, a superset, gets a second try with line numbers.
    }
  }
  // Official documents are often lint-dirty; duplicate keys keep the last value instead of failing.
  const document = parseDocument(source, { uniqueKeys: false, prettyErrors: true });
  const [error] = document.errors;
  if (error) {
    const position = error.linePos?.[0];
    const where = position ? ` (line ${position.line}, column ${position.col})` : '';
    throw new SchemaPackageError(
      'ELAN_CONTRACT_UNREADABLE',
      `${file} is neither valid JSON nor YAML${where}: ${error.message.split('\n')[0]}`,
      {
        cause: error,
        file,
      },
    );
  }
  return document.toJS({ maxAliasCount: 1000 });
}
