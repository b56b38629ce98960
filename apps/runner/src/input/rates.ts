import { resolve } from 'node:path';
import { FORSINKELSESRENTE, parseRates, RateMissingError, type RateTable, withRates } from '@elan-kit/fixtures';
import { loadConfig } from '../config/load-config.js';
import { CliError } from '../errors.js';
import { readJsonFile } from './input-file.js';

/** Where the official rates are published (shown whenever a rate is missing). */
export const OFFICIAL_RATES_SOURCE =
  'Finansdepartementet fixes the rate for each half-year (1 January, 1 July); it is published on regjeringen.no and in Lovdata (forskrift om forsinkelsesrente).';

/**
 * The forsinkelsesrente table: the built-in one, extended by "forsinkelsesrente" in the config file (when there is
 * one in `cwd`) and then by a `--rates` file.
 */
export function loadRateTable(options: {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly ratesFile?: string | undefined;
}): RateTable {
  const config = loadConfig({ cwd: options.cwd, env: options.env });
  let table = withRates(FORSINKELSESRENTE, config.forsinkelsesrente);
  if (options.ratesFile) {
    const path = resolve(options.cwd, options.ratesFile);
    const json = readJsonFile(path, {
      what: 'rates file',
      display: options.ratesFile,
      hint: 'Write it as [{"fra":"2026-07-01","sats":11.75}] or {"2026-07-01":11.75}.',
    });
    table = withRates(table, parseRates(json, path));
  }
  return table;
}

/** Runs `work`; a missing rate becomes a usage error that shows the exact JSON to add and where rates are published. */
export function withRateHelp<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof RateMissingError)) throw error;
    const entry = `{ "fra": "${error.fra}", "sats": <rate in percent> }`;
    throw new CliError('ELAN_USAGE', error.message, {
      cause: error,
      hint: [
        `Add the rate to elan-kit.config.json once it is fixed:`,
        `    "forsinkelsesrente": [${entry}]`,
        `  or pass a file with that list: --rates rates.json.`,
        `  ${OFFICIAL_RATES_SOURCE}`,
      ].join('\n'),
    });
  }
}
