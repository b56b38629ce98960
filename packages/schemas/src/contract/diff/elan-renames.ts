import { FIELD_LINEAGE } from '../../begjaering/legacy-names.js';
import type { ModelVersion } from '../../model-version.js';

/** A field the changelogs rename, replace or drop between two model versions. */
export interface ChangelogRename {
  readonly kind: 'renamed' | 'replaced' | 'removed';
  /** The classes the field belongs to (`Krav`, `Saksoeker`). */
  readonly classes: readonly string[];
  /** The name in the older model. */
  readonly from: string;
  /** The name in the newer model (`renamed`), or the names that replace it (`replaced`, joined). */
  readonly to?: string;
  /** What else the changelog says (e.g. who fills the field). */
  readonly note?: string;
}

/** What the kit's field lineage (kept from Skatteetaten's changelogs) says changed from `older` to `newer`. */
export function changelogRenames(older: ModelVersion, newer: ModelVersion): ChangelogRename[] {
  if (older === newer) return [];
  const out: ChangelogRename[] = [];
  for (const lineage of FIELD_LINEAGE) {
    const before = lineage.names[older];
    const after = lineage.names[newer];
    const replacements = lineage.replacements?.[newer];
    const base = { classes: lineage.classes, ...(lineage.note ? { note: lineage.note } : {}) };
    if (before && after && before !== after) out.push({ ...base, kind: 'renamed', from: before, to: after });
    else if (before && !after && replacements?.length) {
      out.push({ ...base, kind: 'replaced', from: before, to: replacements.join(', ') });
    } else if (before && !after) out.push({ ...base, kind: 'removed', from: before });
  }
  return out;
}
