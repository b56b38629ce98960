import type { ModelVersion } from '../model-version.js';
import { vilkaarCatalog } from './catalog.js';
import type { Vilkaar } from './types.js';

const byKode = new Map(vilkaarCatalog.map((vilkaar) => [vilkaar.kode, vilkaar]));
const byVersion = new Map<ModelVersion, readonly Vilkaar[]>();

/** The vilkår of one model version, in catalog order. */
export function vilkaarFor(modelVersion: ModelVersion): readonly Vilkaar[] {
  let list = byVersion.get(modelVersion);
  if (!list) {
    list = vilkaarCatalog.filter((vilkaar) => vilkaar.modellversjoner.includes(modelVersion));
    byVersion.set(modelVersion, list);
  }
  return list;
}

/** The catalog entry for a code, or `undefined` for a code the catalog does not know. */
export function findVilkaar(kode: string): Vilkaar | undefined {
  return byKode.get(kode);
}
