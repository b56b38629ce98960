import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Exchange } from '@elan-kit/schemas';
import { CliError } from '../errors.js';
import { readJsonLinesFile } from '../input/input-file.js';

function isExchange(value: unknown): value is Exchange {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['method'] === 'string' && typeof record['url'] === 'string';
}

/** Exchanges written by `elan-kit proxy` (JSON Lines, one exchange per line), from a file or every `.jsonl` in a folder. */
export async function readRecordings(path: string): Promise<Exchange[]> {
  let files: string[];
  try {
    files = (await stat(path)).isDirectory()
      ? (await readdir(path))
          .filter((name) => name.endsWith('.jsonl'))
          .sort()
          .map((name) => join(path, name))
      : [path];
  } catch (cause) {
    throw new CliError('ELAN_INPUT_UNREADABLE', `Cannot read recordings at ${path}.`, { cause });
  }
  const exchanges: Exchange[] = [];
  for (const file of files) {
    // A day of proxy traffic is larger than one document: the limit only guards against a wrong file.
    for (const { line, value } of readJsonLinesFile(file, { what: 'recording', maxBytes: 512 * 1024 * 1024 })) {
      if (!isExchange(value))
        throw new CliError('ELAN_INPUT_UNREADABLE', `${file}:${line} is not a recorded exchange.`, {
          hint: 'Recordings are the .jsonl files "elan-kit proxy" writes, one exchange per line.',
        });
      exchanges.push(value);
    }
  }
  return exchanges.sort((a, b) => a.time.localeCompare(b.time));
}
