import { resolve } from 'node:path';
import { FORSINKELSESRENTE, parseRates, type RateTable, withRates } from '@elan-kit/fixtures';
import { readJsonFile } from './input-file.js';

/** The built-in forsinkelsesrente table extended by a rates file (`--rates`). */
export function loadRatesFile(file: string, cwd: string): RateTable {
  const path = resolve(cwd, file);
  const json = readJsonFile(path, {
    what: 'rates file',
    display: file,
    hint: 'Write it as [{"fra":"2026-07-01","sats":11.75}] or {"2026-07-01":11.75}.',
  });
  return withRates(FORSINKELSESRENTE, parseRates(json, path));
}
