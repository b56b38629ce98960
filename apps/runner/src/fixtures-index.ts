import { dirname, resolve } from 'node:path';
import { API_NAMES, type ApiName } from '@elan-kit/schemas';

/** The `generator` of the index.json that `elan-kit fixtures` writes next to its payloads. */
export const FIXTURES_GENERATOR = 'elan-kit fixtures';
export const FIXTURES_INDEX_FILE = 'index.json';

/** What a fixtures index says about one payload: the operation it is for and ELAN's expected answer. */
export interface FixtureEntry {
  readonly name: string;
  readonly api: ApiName;
  /** Model version for utleggsbegjæring payloads, API version for the municipality API. */
  readonly contractVersion: string | undefined;
  readonly operationId: string;
  readonly expected: { readonly status: number; readonly kontrollutslag: readonly string[] };
}

/** A fixtures index: the seed and date the payloads were written for, and the entries by absolute payload path. */
export interface FixturesIndex {
  readonly seed: number | undefined;
  /** Absolute path of the party register file the payloads were built from (`fixtures --register`). */
  readonly register?: string;
  /** Every date in the payloads lies before this one. */
  readonly today: string | undefined;
  readonly entries: ReadonlyMap<string, FixtureEntry>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readEntry(value: unknown): { file: string; entry: FixtureEntry } | undefined {
  if (!isRecord(value) || !isRecord(value['expected'])) return undefined;
  const { name, file, api, contractVersion, operationId } = value;
  const { status, kontrollutslag } = value['expected'];
  if (typeof file !== 'string' || typeof operationId !== 'string' || typeof status !== 'number') return undefined;
  if (typeof api !== 'string' || !(API_NAMES as readonly string[]).includes(api)) return undefined;
  return {
    file,
    entry: {
      name: typeof name === 'string' ? name : file,
      api: api as ApiName,
      contractVersion: typeof contractVersion === 'string' ? contractVersion : undefined,
      operationId,
      expected: {
        status,
        kontrollutslag: Array.isArray(kontrollutslag) ? kontrollutslag.filter((c) => typeof c === 'string') : [],
      },
    },
  };
}

/** Reads `document` as a fixtures index found at `path`; `undefined` when it is not one. */
export function readFixturesIndex(document: unknown, path: string): FixturesIndex | undefined {
  if (!isRecord(document) || document['generator'] !== FIXTURES_GENERATOR) return undefined;
  if (!Array.isArray(document['fixtures'])) return undefined;
  const entries = new Map<string, FixtureEntry>();
  for (const value of document['fixtures']) {
    const read = readEntry(value);
    if (read) entries.set(resolve(dirname(path), read.file), read.entry);
  }
  const { seed, today, register } = document;
  return {
    seed: typeof seed === 'number' && Number.isSafeInteger(seed) ? seed : undefined,
    ...(typeof register === 'string' && register !== '' ? { register: resolve(dirname(path), register) } : {}),
    today: typeof today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(today) ? today : undefined,
    entries,
  };
}
