import { loadContract } from '../contract/load-contract.js';
import { MODEL_VERSIONS, type ModelVersion } from '../model-version.js';
import type { ClassPropertyIndex } from './classify-field.js';
import { SchemaWalker } from './schema-walker.js';

let cached: ClassPropertyIndex | undefined;

/** Property names per class for every bundled Utleggsbegjæring model version (built once, on first use). */
export function bundledClassIndex(): ClassPropertyIndex {
  if (!cached) {
    const index = new Map<ModelVersion, ReadonlyMap<string, ReadonlySet<string>>>();
    for (const version of MODEL_VERSIONS) {
      index.set(version, new SchemaWalker(loadContract('utleggsbegjaering', version).document).classProperties());
    }
    cached = index;
  }
  return cached;
}
