import { readFileSync } from 'node:fs';
import { SchemaPackageError } from './errors/index.js';
import { isModelVersion, type ModelVersion } from './model-version.js';
import { contractsPath } from './paths.js';

export type CanonicalExampleName = 'minimal' | 'complex';

const cache = new Map<string, string>();

/**
 * A canonical Utleggsbegjæring example (`contracts/examples/utleggsbegjaering/<model>/<name>.json`): valid against
 * the schema and every vilkår with the default register. Parsed anew on every call, so callers may mutate it.
 */
export function loadCanonicalExample(modelVersion: ModelVersion, name: CanonicalExampleName): Record<string, unknown> {
  if (!isModelVersion(modelVersion)) {
    throw new SchemaPackageError('ELAN_MODEL_VERSION_UNKNOWN', `Unknown model version "${String(modelVersion)}".`);
  }
  const key = `${modelVersion}/${name}`;
  let text = cache.get(key);
  if (text === undefined) {
    try {
      text = readFileSync(contractsPath('examples', 'utleggsbegjaering', modelVersion, `${name}.json`), 'utf8');
    } catch (cause) {
      throw new SchemaPackageError('ELAN_CONTRACT_NOT_FOUND', `No canonical example ${key}.`, { cause });
    }
    cache.set(key, text);
  }
  return JSON.parse(text) as Record<string, unknown>;
}
