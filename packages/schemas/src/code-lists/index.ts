import { SchemaPackageError } from '../errors/index.js';
import type { ModelVersion } from '../model-version.js';
import { loadCodeLists } from './load-code-lists.js';
import type { CodeList } from './types.js';

export type { CodeList, CodeListEntry } from './types.js';

/** Every code list the kit knows (information-model.md §11), keyed by the list's name. */
export const codeLists: Readonly<Record<string, CodeList>> = loadCodeLists();

function requireCodeList(name: string): CodeList {
  const list = codeLists[name];
  if (!list) {
    throw new SchemaPackageError('ELAN_CODE_LIST_UNKNOWN', `unknown code list ${name}`, {
      hint: `Known code lists: ${Object.keys(codeLists).join(', ')}`,
    });
  }
  return list;
}

/**
 * The values a model version accepts. Lists not tied to model versions (Regelverk, Saksstatus …) return all
 * their values whatever the version; without a version every known value is returned.
 */
export function codeListValues(name: string, modelVersion?: ModelVersion): readonly string[] {
  const list = requireCodeList(name);
  if (!modelVersion || !list.versions) return list.values;
  return list.versions[modelVersion];
}

/**
 * The canonical spelling of `value` in the list for that model version, or `undefined` when it is not a
 * value there. Case-insensitive lists (kravdetaljerUtleggsbegjaering) match regardless of case.
 */
export function findCodeValue(name: string, value: string, modelVersion?: ModelVersion): string | undefined {
  const list = requireCodeList(name);
  const values = codeListValues(name, modelVersion);
  if (!list.caseInsensitive) return values.includes(value) ? value : undefined;
  const wanted = value.toLocaleLowerCase('nb');
  return values.find((candidate) => candidate.toLocaleLowerCase('nb') === wanted);
}
