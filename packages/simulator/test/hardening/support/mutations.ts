/**
 * Fuzz cases as plain data (so fast-check can generate and shrink them) and their application to a seed:
 * a field-level edit of the JSON document, then an envelope (how the bytes travel), the credentials, the
 * ELAN headers and the target path. Edits are made on the JSON text, so that what `JSON.stringify` cannot
 * produce — duplicate keys, 2^53+1, 1e400, 10 000 levels of nesting — is sent too.
 */
import fc from 'fast-check';

/** Raw JSON texts for extreme numbers (NaN and Infinity are not JSON; 1e400 parses to Infinity). */
export const EXTREME_NUMBERS = [
  '1e308',
  '-1e308',
  '1e400',
  '-1e400',
  '-0',
  '0',
  '9007199254740993',
  '-9007199254740993',
  '5e-324',
  '0.30000000000000004',
  '1.005',
  '123.456',
  '100000000000000000000000000000000000000',
  '1E+2',
  '-1',
] as const;

/** Strings that trip up text handling: lone surrogates, RTL override, NUL, emoji, combining marks, BOM. */
export const UNICODE_EDGE_CASES = [
  '"\\ud800"',
  '"\\udc00x"',
  '"x\\ud83d"',
  '"\\u202eRTL-override\\u202c"',
  '"\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627"',
  '"\\u0000"',
  '"a\\u0000b"',
  '"😀👨‍👩‍👧‍👦🇳🇴"',
  '"e\u0301\u0301\u0301\u0301\u0301o\u0308\u0308"',
  '"\\ufeff"',
  '"\u2028\u2029"',
  '"\u200b\u200d\u2060"',
  '"𝕏𝔸𝕄"',
  '"\uFFFF\uFFFE"',
  '"Ææ Øø Åå"',
  '""',
  '" "',
] as const;

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** A payload that pollutes `Object.prototype` if anything merges it unsafely. */
export const POLLUTION_FRAGMENT =
  '{"polluted":"yes","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}';

export type FragmentSpec =
  | { readonly kind: 'json'; readonly text: string }
  | { readonly kind: 'huge-string'; readonly length: number }
  | { readonly kind: 'huge-array'; readonly length: number }
  | { readonly kind: 'huge-object'; readonly keys: number }
  | { readonly kind: 'deep'; readonly depth: number; readonly bracket: 'array' | 'object' };

export type FieldEdit =
  | { readonly kind: 'none' }
  | { readonly kind: 'replace'; readonly at: number; readonly fragment: FragmentSpec }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'duplicate-key'; readonly at: number; readonly fragment: FragmentSpec }
  | { readonly kind: 'add-key'; readonly at: number; readonly key: string; readonly fragment: FragmentSpec };

export type Envelope =
  | { readonly kind: 'as-is' }
  | { readonly kind: 'truncate'; readonly fraction: number }
  | { readonly kind: 'garbage'; readonly bytes: Uint8Array }
  | { readonly kind: 'invalid-utf8'; readonly fraction: number; readonly sequence: number }
  | { readonly kind: 'content-type'; readonly value: string | null }
  | { readonly kind: 'chunked'; readonly pieces: number };

/** Byte sequences that are not UTF-8: a lone continuation byte, an overlong form, an encoded surrogate, 0xFF. */
export const INVALID_UTF8 = [
  [0x80],
  [0xc3, 0x28],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xff],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xe2, 0x82],
] as const;

export const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'application/octet-stream',
  'application/jsonx',
  'json',
  '',
  null,
] as const;
/** Content types a JSON endpoint accepts. */
export const JSON_CONTENT_TYPES = [
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/problem+json',
] as const;

export type Credentials = 'valid' | 'none' | 'garbage' | 'truncated' | 'alg-none' | 'basic';
export type HeaderVariant = 'complete' | 'missing-meldingsid' | 'bad-korrelasjonsid' | 'no-klientid';
export type PathFill = 'own' | 'victim' | 'fixed-test-case' | 'unknown' | 'traversal' | 'unicode' | 'long';
export type Target =
  | { readonly kind: 'seed'; readonly fill: PathFill }
  | { readonly kind: 'unknown-path'; readonly suffix: string }
  | { readonly kind: 'wrong-method'; readonly method: 'PATCH' | 'DELETE' | 'OPTIONS' | 'TRACE' };

export interface FuzzCase {
  readonly seed: number;
  readonly edit: FieldEdit;
  readonly envelope: Envelope;
  readonly credentials: Credentials;
  readonly headers: HeaderVariant;
  readonly target: Target;
}

export interface FuzzSizes {
  /** Longest huge string / array / object (choose it around the body limit). */
  readonly huge: number;
}

function fragmentArbitrary(sizes: FuzzSizes): fc.Arbitrary<FragmentSpec> {
  const json = (arbitrary: fc.Arbitrary<string>) => arbitrary.map((text): FragmentSpec => ({ kind: 'json', text }));
  return fc.oneof(
    { weight: 4, arbitrary: json(fc.constantFrom(...EXTREME_NUMBERS)) },
    { weight: 4, arbitrary: json(fc.constantFrom(...UNICODE_EDGE_CASES)) },
    {
      weight: 3,
      arbitrary: json(fc.constantFrom('null', 'true', 'false', '[]', '{}', '[null]', '{"":""}', POLLUTION_FRAGMENT)),
    },
    { weight: 4, arbitrary: json(fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value))) },
    { weight: 3, arbitrary: json(fc.string({ unit: 'binary', maxLength: 40 }).map((value) => JSON.stringify(value))) },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 1000, max: sizes.huge })
        .map((length): FragmentSpec => ({ kind: 'huge-string', length })),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 100, max: 10_000 }).map((length): FragmentSpec => ({ kind: 'huge-array', length })),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 100, max: 10_000 }).map((keys): FragmentSpec => ({ kind: 'huge-object', keys })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({
          depth: fc.constantFrom(100, 1000, 10_000),
          bracket: fc.constantFrom('array' as const, 'object' as const),
        })
        .map((spec): FragmentSpec => ({ kind: 'deep', ...spec })),
    },
  );
}

export function fuzzCaseArbitrary(seedCount: number, sizes: FuzzSizes): fc.Arbitrary<FuzzCase> {
  const fragment = fragmentArbitrary(sizes);
  const at = fc.nat();
  const edit: fc.Arbitrary<FieldEdit> = fc.oneof(
    { weight: 1, arbitrary: fc.constant({ kind: 'none' } as const) },
    { weight: 8, arbitrary: fc.record({ kind: fc.constant('replace' as const), at, fragment }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate-key' as const), at, fragment }) },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('add-key' as const),
        at,
        key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ unit: 'binary', maxLength: 12 })),
        fragment,
      }),
    },
  );
  const envelope: fc.Arbitrary<Envelope> = fc.oneof(
    { weight: 10, arbitrary: fc.constant({ kind: 'as-is' } as const) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('truncate' as const),
        fraction: fc.double({ min: 0, max: 0.999, noNaN: true }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('garbage' as const),
        bytes: fc.uint8Array({ minLength: 1, maxLength: 512 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('invalid-utf8' as const),
        fraction: fc.double({ min: 0, max: 1, noNaN: true }),
        sequence: fc.nat({ max: INVALID_UTF8.length - 1 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('content-type' as const),
        value: fc.constantFrom<string | null>(...WRONG_CONTENT_TYPES, ...JSON_CONTENT_TYPES),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('chunked' as const), pieces: fc.integer({ min: 2, max: 8 }) }),
    },
  );
  return fc.record({
    seed: fc.nat({ max: seedCount - 1 }),
    edit,
    envelope,
    credentials: fc.oneof(
      { weight: 12, arbitrary: fc.constant('valid' as const) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'none' as const,
          'garbage' as const,
          'truncated' as const,
          'alg-none' as const,
          'basic' as const,
        ),
      },
    ),
    headers: fc.oneof(
      { weight: 12, arbitrary: fc.constant('complete' as const) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'missing-meldingsid' as const,
          'bad-korrelasjonsid' as const,
          'no-klientid' as const,
        ),
      },
    ),
    target: fc.oneof(
      {
        weight: 12,
        arbitrary: fc.record({
          kind: fc.constant('seed' as const),
          fill: fc.constantFrom<PathFill>(
            'own',
            'victim',
            'victim',
            'fixed-test-case',
            'unknown',
            'traversal',
            'unicode',
            'long',
          ),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({ kind: fc.constant('unknown-path' as const), suffix: fc.string({ maxLength: 20 }) }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('wrong-method' as const),
          method: fc.constantFrom('PATCH' as const, 'DELETE' as const, 'OPTIONS' as const, 'TRACE' as const),
        }),
      },
    ),
  });
}

/** The raw JSON text of a fragment. */
export function renderFragment(spec: FragmentSpec): string {
  switch (spec.kind) {
    case 'json':
      return spec.text;
    case 'huge-string':
      return `"${'x'.repeat(spec.length)}"`;
    case 'huge-array':
      return `[${Array.from({ length: spec.length }, (_, i) => i).join(',')}]`;
    case 'huge-object':
      return `{${Array.from({ length: spec.keys }, (_, i) => `"k${i}":${i}`).join(',')}}`;
    case 'deep':
      return spec.bracket === 'array'
        ? `${'['.repeat(spec.depth)}${']'.repeat(spec.depth)}`
        : `${'{"a":'.repeat(spec.depth)}1${'}'.repeat(spec.depth)}`;
  }
}

type PathSegment = string | number;

/** Every position in a JSON value (the root first), with the kind of value there. */
function positions(value: unknown): Array<{ path: PathSegment[]; container: 'object' | 'array' | 'scalar' }> {
  const found: Array<{ path: PathSegment[]; container: 'object' | 'array' | 'scalar' }> = [];
  const walk = (node: unknown, path: PathSegment[]) => {
    if (Array.isArray(node)) {
      found.push({ path, container: 'array' });
      for (const [index, item] of node.entries()) walk(item, [...path, index]);
    } else if (typeof node === 'object' && node !== null) {
      found.push({ path, container: 'object' });
      for (const [key, item] of Object.entries(node)) walk(item, [...path, key]);
    } else {
      found.push({ path, container: 'scalar' });
    }
  };
  walk(value, []);
  return found;
}

const PLACEHOLDER = '\u0000elan-kit-fuzz-placeholder\u0000';
const PLACEHOLDER_TEXT = JSON.stringify(PLACEHOLDER);

function parentOf(root: unknown, path: readonly PathSegment[]): Record<string | number, unknown> | undefined {
  let node: unknown = root;
  for (const segment of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[segment];
  return typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>) : undefined;
}

/** Applies a field edit and returns the JSON text (always syntactically valid JSON). */
export function applyEdit(document: unknown, edit: FieldEdit): string {
  if (edit.kind === 'none') return JSON.stringify(document);
  const copy = structuredClone(document);
  const all = positions(copy);
  if (edit.kind === 'replace') {
    const target = all[edit.at % all.length]!;
    const fragment = renderFragment(edit.fragment);
    if (target.path.length === 0) return fragment;
    parentOf(copy, target.path)![target.path.at(-1)!] = PLACEHOLDER;
    return JSON.stringify(copy).replace(PLACEHOLDER_TEXT, () => fragment);
  }
  if (edit.kind === 'delete') {
    const target = all[edit.at % all.length]!;
    if (target.path.length === 0) return 'null';
    const parent = parentOf(copy, target.path)!;
    const last = target.path.at(-1)!;
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
    return JSON.stringify(copy);
  }
  const objects = all.filter((position) => position.container === 'object');
  if (objects.length === 0) return JSON.stringify(copy);
  const target = objects[edit.at % objects.length]!;
  let object: Record<string, unknown> = copy as Record<string, unknown>;
  for (const segment of target.path) object = object[segment] as Record<string, unknown>;
  const existing = Object.keys(object);
  const key = edit.kind === 'duplicate-key' ? (existing[edit.at % Math.max(1, existing.length)] ?? 'a') : edit.key;
  // A placeholder member is rendered by JSON.stringify, then replaced by the raw member text, so the key can
  // repeat an existing one or be "__proto__" as text.
  object[PLACEHOLDER] = PLACEHOLDER;
  const member = `${JSON.stringify(key)}:${renderFragment(edit.fragment)}`;
  return JSON.stringify(copy).replace(`${PLACEHOLDER_TEXT}:${PLACEHOLDER_TEXT}`, () => member);
}
