import { readdirSync, readFileSync } from 'node:fs';
import { SchemaPackageError } from '../errors/index.js';
import { isModelVersion, MODEL_VERSIONS, type ModelVersion } from '../model-version.js';
import { contractsPath } from '../paths.js';
import type { CodeList, CodeListEntry } from './types.js';

interface WrittenCodeList {
  readonly name: string;
  readonly description: string;
  readonly source: string;
  readonly caseInsensitive: boolean;
  readonly versioned: boolean;
  readonly placeholder?: boolean;
  readonly assumption?: string;
  readonly values: readonly { readonly value: string; readonly versions?: readonly string[]; readonly note?: string }[];
}

function invalid(file: string, pointer: string, message: string): SchemaPackageError {
  return new SchemaPackageError('ELAN_CONTRACT_INVALID', `${file}: ${message}`, { file, pointer });
}

function readEntry(
  file: string,
  index: number,
  raw: WrittenCodeList['values'][number],
  versioned: boolean,
): CodeListEntry {
  if (typeof raw?.value !== 'string' || raw.value === '')
    throw invalid(file, `/values/${index}/value`, 'value must be a non-empty string');
  if (!versioned) return raw.note === undefined ? { value: raw.value } : { value: raw.value, note: raw.note };
  const versions = raw.versions;
  if (!Array.isArray(versions) || !versions.every(isModelVersion)) {
    throw invalid(
      file,
      `/values/${index}/versions`,
      `versions must list model versions (${MODEL_VERSIONS.join(', ')})`,
    );
  }
  return { value: raw.value, versions, ...(raw.note === undefined ? {} : { note: raw.note }) };
}

function valuesPerVersion(entries: readonly CodeListEntry[]): Record<ModelVersion, readonly string[]> {
  const accepted = (version: ModelVersion) =>
    entries.filter((entry) => entry.versions?.includes(version)).map((entry) => entry.value);
  const perVersion = {} as Record<ModelVersion, readonly string[]>;
  for (const version of MODEL_VERSIONS) perVersion[version] = accepted(version);
  return perVersion;
}

/** Turns the written JSON form into a CodeList; every problem names the file and the JSON pointer. */
export function readCodeList(file: string, written: WrittenCodeList): CodeList {
  if (typeof written?.name !== 'string' || !Array.isArray(written.values)) {
    throw invalid(file, '', 'a code list needs `name` and `values`');
  }
  const entries = written.values.map((raw, index) => readEntry(file, index, raw, written.versioned));
  const values = entries.map((entry) => entry.value);
  if (new Set(values).size !== values.length) throw invalid(file, '/values', 'values must be unique');
  const versions = written.versioned ? valuesPerVersion(entries) : undefined;
  return {
    name: written.name,
    description: written.description,
    source: written.source,
    values,
    ...(versions ? { versions } : {}),
    entries,
    caseInsensitive: written.caseInsensitive === true,
    placeholder: written.placeholder === true,
    ...(written.assumption === undefined ? {} : { assumption: written.assumption }),
  };
}

/** Reads every `contracts/code-lists/*.json`, keyed by list name. */
export function loadCodeLists(directory: string = contractsPath('code-lists')): Record<string, CodeList> {
  const lists: Record<string, CodeList> = {};
  for (const name of readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const file = `${directory}/${name}`;
    let written: WrittenCodeList;
    try {
      written = JSON.parse(readFileSync(file, 'utf8')) as WrittenCodeList;
    } catch (cause) {
      throw new SchemaPackageError('ELAN_CONTRACT_UNREADABLE', `${file} cannot be read as JSON`, { cause, file });
    }
    const list = readCodeList(file, written);
    if (lists[list.name]) throw invalid(file, '/name', `duplicate code list ${list.name}`);
    lists[list.name] = list;
  }
  return lists;
}
