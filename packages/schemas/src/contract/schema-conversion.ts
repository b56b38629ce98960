import { isRecord } from '../primitives/json-pointer.js';

/**
 * Turns an OpenAPI schema object into a JSON Schema 2020-12 schema that ajv compiles:
 * - `nullable: true` (OpenAPI 3.0, and found in dirty 3.1 documents) becomes `type: [..., 'null']` or `anyOf`;
 * - boolean `exclusiveMinimum`/`exclusiveMaximum` (3.0) become the numeric 2020 form;
 * - `$ref` is rewritten by `resolveRef` (the compiler registers each target as its own schema);
 * - OpenAPI annotations (`discriminator`, `example`, `xml`, `externalDocs`, `x-*`) and `$id`/`$schema`
 *   are dropped; they do not change validation, and nested `$id`s would clash between registrations;
 * - in 3.0, siblings of `$ref` are ignored as that version specifies (except `nullable`).
 */
export interface SchemaConversionOptions {
  readonly openapi30: boolean;
  /** Absolute `$ref` for a reference found in the schema, or undefined when it cannot be resolved. */
  resolveRef(ref: string): string | undefined;
  onFormat(format: string): void;
}

const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
const SCHEMA_KEYWORDS = new Set([
  'additionalProperties',
  'contains',
  'not',
  'if',
  'then',
  'else',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
  'additionalItems',
  'contentSchema',
]);
const SCHEMA_ARRAY_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const DROPPED_KEYWORDS = new Set([
  'discriminator',
  'example',
  'xml',
  'externalDocs',
  '$id',
  '$schema',
  '$anchor',
  '$comment',
  'nullable',
]);

/** A schema that accepts any value; used where a reference cannot be resolved. */
const ANY: Record<string, never> = {};

export function convertSchema(schema: unknown, options: SchemaConversionOptions): unknown {
  if (typeof schema === 'boolean') return schema;
  if (!isRecord(schema)) return ANY;
  const nullable = schema['nullable'] === true;

  if (typeof schema['$ref'] === 'string') {
    const target = options.resolveRef(schema['$ref']);
    const reference = target === undefined ? ANY : { $ref: target };
    if (options.openapi30) return nullable ? { anyOf: [reference, { type: 'null' }] } : reference;
    const siblings = convertKeywords(schema, options, new Set(['$ref']));
    const combined = Object.keys(siblings).length === 0 ? reference : { allOf: [reference, siblings] };
    return nullable ? { anyOf: [combined, { type: 'null' }] } : combined;
  }

  const converted = convertKeywords(schema, options, new Set());
  return nullable ? allowNull(converted) : converted;
}

function convertKeywords(
  schema: Record<string, unknown>,
  options: SchemaConversionOptions,
  skip: ReadonlySet<string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (skip.has(keyword) || DROPPED_KEYWORDS.has(keyword) || keyword.startsWith('x-')) continue;
    if (SCHEMA_MAP_KEYWORDS.has(keyword) && isRecord(value)) {
      const map: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries(value)) map[name] = convertSchema(sub, options);
      out[keyword] = map;
    } else if (SCHEMA_KEYWORDS.has(keyword) && (isRecord(value) || typeof value === 'boolean')) {
      out[keyword] = convertSchema(value, options);
    } else if (SCHEMA_ARRAY_KEYWORDS.has(keyword) && Array.isArray(value)) {
      out[keyword] = value.map((sub) => convertSchema(sub, options));
    } else if (keyword === 'items') {
      // Tuple-style `items: [...]` is draft-07; 2020-12 spells it `prefixItems`.
      if (Array.isArray(value)) out['prefixItems'] = value.map((sub) => convertSchema(sub, options));
      else out['items'] = convertSchema(value, options);
    } else if (keyword === 'format' && typeof value === 'string') {
      options.onFormat(value);
      out[keyword] = value;
    } else {
      out[keyword] = value;
    }
  }
  convertExclusiveBound(out, 'exclusiveMinimum', 'minimum');
  convertExclusiveBound(out, 'exclusiveMaximum', 'maximum');
  return out;
}

function convertExclusiveBound(schema: Record<string, unknown>, exclusive: string, inclusive: string): void {
  const flag = schema[exclusive];
  if (typeof flag !== 'boolean') return;
  const bound = schema[inclusive];
  delete schema[exclusive];
  if (flag && typeof bound === 'number') {
    schema[exclusive] = bound;
    delete schema[inclusive];
  }
}

function allowNull(schema: Record<string, unknown>): Record<string, unknown> {
  const composite = ['allOf', 'anyOf', 'oneOf', 'not', 'if', '$ref'].some((keyword) => keyword in schema);
  const type = schema['type'];
  if (composite || (typeof type !== 'string' && !Array.isArray(type))) {
    return { anyOf: [schema, { type: 'null' }] };
  }
  const types: unknown[] = Array.isArray(type) ? type : [type];
  const out: Record<string, unknown> = { ...schema, type: types.includes('null') ? types : [...types, 'null'] };
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(null)) out['enum'] = [...schema['enum'], null];
  return out;
}
