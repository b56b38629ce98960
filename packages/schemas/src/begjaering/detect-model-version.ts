import { codeLists } from '../code-lists/index.js';
import { DEFAULT_MODEL_VERSION, MODEL_VERSIONS, type ModelVersion } from '../model-version.js';
import { appendPointer, isRecord } from '../primitives/json-pointer.js';
import { describeModels } from './describe-versions.js';
import type { ModelDetection } from './types.js';
import { type MarkerTest, VERSION_MARKERS, type VersionMarker } from './version-markers.js';

interface Hit {
  readonly key: string;
  readonly versions: readonly ModelVersion[];
  readonly weight: number;
  readonly text: string;
  readonly pointer: string;
}

interface CompiledMarker {
  readonly marker: VersionMarker;
  readonly segments: readonly string[];
}

const compiled: readonly CompiledMarker[] = VERSION_MARKERS.map((marker) => ({
  marker,
  segments: marker.pattern.replace(/^\//, '').split('/'),
}));

/** Markers by the last segment of their pattern, so each node is only tested against markers that can match it. */
const byLastSegment = new Map<string, CompiledMarker[]>();
const anyLastSegment: CompiledMarker[] = [];
for (const entry of compiled) {
  const last = entry.segments.at(-1) ?? '';
  if (last === '*' || last === '**') anyLastSegment.push(entry);
  else byLastSegment.set(last, [...(byLastSegment.get(last) ?? []), entry]);
}

/** `*` matches one segment, `**` any number of segments (also none). */
function matches(pattern: readonly string[], path: readonly string[], p = 0, s = 0): boolean {
  if (p === pattern.length) return s === path.length;
  const head = pattern[p];
  if (head === '**') {
    for (let skip = s; skip <= path.length; skip++) if (matches(pattern, path, p + 1, skip)) return true;
    return false;
  }
  if (s === path.length) return false;
  return (head === '*' || head === path[s]) && matches(pattern, path, p + 1, s + 1);
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

/** The versions a marker points to for this value, or undefined when the test does not hold. */
function evaluate(
  marker: VersionMarker,
  test: MarkerTest | undefined,
  value: unknown,
): readonly ModelVersion[] | undefined {
  if (!test) return marker.versions;
  if ('type' in test) return typeOf(value) === test.type ? marker.versions : undefined;
  if ('equals' in test) return value === test.equals ? marker.versions : undefined;
  if ('lacks' in test) return isRecord(value) && !(test.lacks in value) ? marker.versions : undefined;
  const list = codeLists[test.codeList];
  const entry = typeof value === 'string' ? list?.entries.find((candidate) => candidate.value === value) : undefined;
  if (!entry?.versions) return undefined;
  // A value every version accepts says nothing about the version.
  return entry.versions.length === MODEL_VERSIONS.length ? undefined : entry.versions;
}

function describeHit(marker: VersionMarker, value: unknown, versions: readonly ModelVersion[]): string {
  const name = marker.pattern.split('/').at(-1) ?? marker.id;
  const test = marker.test;
  if (test && 'codeList' in test) return `\`${String(value)}\` (${test.codeList}) → ${describeModels(versions)}`;
  if (test && 'lacks' in test) return `${name} without ${test.lacks}: ${marker.says} → ${describeModels(versions)}`;
  return `\`${name}\`: ${marker.says} → ${describeModels(versions)}`;
}

function collectHits(value: unknown, path: string[], pointer: string, hits: Hit[]): void {
  const last = path.at(-1);
  const candidates = last === undefined ? anyLastSegment : [...(byLastSegment.get(last) ?? []), ...anyLastSegment];
  for (const { marker, segments } of candidates) {
    if (!matches(segments, path)) continue;
    const versions = evaluate(marker, marker.test, value);
    if (!versions || versions.length === 0) continue;
    const key = marker.test && 'codeList' in marker.test ? `${marker.id}:${String(value)}` : marker.id;
    hits.push({ key, versions, weight: marker.weight, text: describeHit(marker, value, versions), pointer });
  }
  const children: [string, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [String(index), item])
    : isRecord(value)
      ? Object.entries(value)
      : [];
  for (const [key, child] of children) {
    path.push(key);
    collectHits(child, path, appendPointer(pointer, key), hits);
    path.pop();
  }
}

/** Groups hits of the same marker: one evidence line, weighted once per marker (repetition is not more evidence). */
function groupHits(hits: readonly Hit[]): Hit[] {
  const groups = new Map<string, { hit: Hit; count: number }>();
  for (const hit of hits) {
    const group = groups.get(hit.key);
    if (group) group.count++;
    else groups.set(hit.key, { hit, count: 1 });
  }
  return [...groups.values()].map(({ hit, count }) => ({
    ...hit,
    text: `${hit.text} (at ${hit.pointer || '/'}${count > 1 ? ` and ${count - 1} more` : ''})`,
  }));
}

/**
 * Guesses the model version of a begjæring from version-specific field names and code values
 * (kravreferanse vs innsendersKravreferanse, prosessfullmektig vs saksoekersProsessfullmektig, erRentekrav vs
 * rentekrav, domsreferanse, referanseSak, paalydendeBeloep, kreverFritakRettsgebyr, postnummerUtland,
 * sjekkEllerVeksel, utleggOgForlliksklageKombinert …). Each marker adds its weight to the versions it points to and
 * subtracts it from the others. Ties go to the default model version, else to the oldest tied version.
 */
export function detectModelVersion(doc: unknown): ModelDetection {
  const hits: Hit[] = [];
  collectHits(doc, [], '', hits);
  const grouped = groupHits(hits);
  const total = grouped.reduce((sum, hit) => sum + hit.weight, 0);
  const score = (version: ModelVersion) =>
    grouped.reduce((sum, hit) => sum + (hit.versions.includes(version) ? hit.weight : -hit.weight), 0);
  const scores = MODEL_VERSIONS.map((version) => ({ version, score: score(version) }));
  const best = Math.max(...scores.map((entry) => entry.score));
  const tied = scores.filter((entry) => entry.score === best).map((entry) => entry.version);
  const modelVersion = tied.includes(DEFAULT_MODEL_VERSION)
    ? DEFAULT_MODEL_VERSION
    : (tied[0] ?? DEFAULT_MODEL_VERSION);
  const agreeing = grouped
    .filter((hit) => hit.versions.includes(modelVersion))
    .reduce((sum, hit) => sum + hit.weight, 0);
  const confidence = total === 0 ? 0 : (agreeing / total) * Math.min(1, total / 6) * (1 / tied.length);
  const evidence = [...grouped]
    .sort(
      (a, b) =>
        Number(b.versions.includes(modelVersion)) - Number(a.versions.includes(modelVersion)) || b.weight - a.weight,
    )
    .map((hit) => hit.text);
  return { modelVersion, confidence: Math.round(confidence * 100) / 100, evidence, alternatives: tied };
}
