import type { ModelVersion } from '../model-version.js';
import { describeModels } from './describe-versions.js';
import { expectedNames, FIELD_LINEAGE, type FieldLineage, modelsUsing } from './legacy-names.js';
import type { ModelLabel } from './types.js';

/** Property names per class (component) per model version, read from the bundled documents. */
export type ClassPropertyIndex = ReadonlyMap<ModelVersion, ReadonlyMap<string, ReadonlySet<string>>>;

export interface FieldClassification {
  readonly kind: 'legacy' | 'unknown';
  /** Legacy: the models that use the name. */
  readonly usedIn: readonly ModelLabel[];
  /** Legacy: the name(s) `version` uses instead; empty when the field was removed. */
  readonly expected: readonly string[];
  /** Tolerant mode may rename the field to this name (same meaning and shape, target not present). */
  readonly renameTo?: string;
  /** Unknown: the closest allowed name. */
  readonly suggestion?: string;
  readonly message: string;
}

export interface FieldToClassify {
  readonly name: string;
  readonly className?: string;
  readonly version: ModelVersion;
  /** Names allowed where the field stands. */
  readonly allowed: readonly string[];
  /** Names present next to it in the document. */
  readonly siblings: readonly string[];
}

function findLineage(name: string, className: string | undefined, version: ModelVersion): FieldLineage | undefined {
  const candidates = FIELD_LINEAGE.filter(
    (lineage) => modelsUsing(lineage, name).some((label) => label !== version) && lineage.names[version] !== name,
  );
  return (
    candidates.find((lineage) => className !== undefined && lineage.classes.includes(className)) ??
    (className === undefined ? candidates[0] : undefined)
  );
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

function closest(name: string, allowed: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of allowed) {
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (distance <= Math.max(2, Math.floor(name.length / 6)) && (!best || distance < best.distance))
      best = { candidate, distance };
  }
  return best?.candidate;
}

function where(className: string | undefined): string {
  return className ? ` (${className})` : '';
}

/**
 * Says whether a field that the schema of `version` does not allow is a name from another model version (and
 * what this version calls it) or unknown to every version.
 */
export function classifyField(field: FieldToClassify, index: ClassPropertyIndex): FieldClassification {
  const { name, className, version } = field;
  const lineage = findLineage(name, className, version);
  if (lineage) {
    const usedIn = modelsUsing(lineage, name);
    const expected = expectedNames(lineage, version);
    const single = expected.length === 1 ? expected[0] : undefined;
    const renameTo =
      lineage.renameable && single && field.allowed.includes(single) && !field.siblings.includes(single)
        ? single
        : undefined;
    const instead =
      expected.length > 0
        ? `model ${version} expects ${expected.map((candidate) => `\`${candidate}\``).join(' or ')}`
        : `model ${version} does not have it`;
    const note = lineage.note ? `; ${lineage.note}` : '';
    return {
      kind: 'legacy',
      usedIn,
      expected,
      ...(renameTo ? { renameTo } : {}),
      message: `\`${name}\`${where(className)} is the name in ${describeModels(usedIn)}; ${instead} (${lineage.source}${note})`,
    };
  }
  const usedIn = [...index.entries()]
    .filter(([other, classes]) => other !== version && className !== undefined && classes.get(className)?.has(name))
    .map(([other]) => other);
  if (usedIn.length > 0) {
    return {
      kind: 'legacy',
      usedIn,
      expected: [],
      message: `\`${name}\`${where(className)} belongs to ${describeModels(usedIn)}; model ${version} does not have it`,
    };
  }
  const suggestion = closest(name, field.allowed);
  return {
    kind: 'unknown',
    usedIn: [],
    expected: [],
    ...(suggestion ? { suggestion } : {}),
    message: `\`${name}\` is not a field of ${className ?? 'this object'} in any model version${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}`,
  };
}
