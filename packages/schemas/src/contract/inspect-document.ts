import { appendPointer, isRecord, localRefPointer, resolvePointer } from '../primitives/json-pointer.js';
import { HTTP_METHODS } from './document-nodes.js';
import type { ContractWarning } from './types.js';

/** Formats ajv-formats checks, plus OpenAPI's own; any other format is accepted unchecked (with a warning). */
export const KNOWN_FORMATS: ReadonlySet<string> = new Set([
  'date',
  'time',
  'date-time',
  'iso-time',
  'iso-date-time',
  'duration',
  'uri',
  'uri-reference',
  'uri-template',
  'url',
  'email',
  'hostname',
  'ipv4',
  'ipv6',
  'regex',
  'uuid',
  'json-pointer',
  'json-pointer-uri-fragment',
  'relative-json-pointer',
  'byte',
  'int32',
  'int64',
  'float',
  'double',
  'password',
  'binary',
]);

/** Values, not schemas: never searched for `$ref`, `format` and the like. */
const DATA_KEYWORDS = new Set(['example', 'examples', 'default', 'const', 'enum']);

/**
 * Finds what a lint-dirty document (typically an official one from SwaggerHub) gets wrong in ways
 * the loader works around: each finding becomes a warning, none refuses the document.
 */
export function inspectDocument(document: Record<string, unknown>): ContractWarning[] {
  const warnings: ContractWarning[] = [];
  const version = String(document['openapi']);
  if (!/^3\.[01]\./.test(version)) {
    warnings.push({
      code: 'ELAN_SPEC_OPENAPI_VERSION',
      message: `OpenAPI ${version} is read as 3.1`,
      pointer: '/openapi',
    });
  }
  const openapi31 = !version.startsWith('3.0');
  checkSecurity(document, warnings);
  if (!isRecord(document['paths']) || Object.keys(document['paths']).length === 0) {
    warnings.push({ code: 'ELAN_SPEC_NO_OPERATIONS', message: 'the document has no paths', pointer: '/paths' });
  }
  walk(document, '', (node, pointer) => inspectNode(document, node, pointer, openapi31, warnings));
  return dedupeFormats(warnings);
}

function checkSecurity(document: Record<string, unknown>, warnings: ContractWarning[]): void {
  const components = isRecord(document['components']) ? document['components'] : {};
  const schemes = isRecord(components['securitySchemes']) ? components['securitySchemes'] : {};
  const check = (security: unknown, pointer: string) => {
    if (!Array.isArray(security)) return;
    security.forEach((requirement, index) => {
      if (!isRecord(requirement)) return;
      for (const name of Object.keys(requirement)) {
        if (!(name in schemes)) {
          warnings.push({
            code: 'ELAN_SPEC_UNDEFINED_SECURITY_SCHEME',
            message: `security scheme "${name}" is not defined in components.securitySchemes`,
            pointer: appendPointer(pointer, index, name),
          });
        }
      }
    });
  };
  check(document['security'], '/security');
  const paths = isRecord(document['paths']) ? document['paths'] : {};
  for (const [template, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (isRecord(operation)) check(operation['security'], appendPointer('/paths', template, method, 'security'));
    }
  }
}

function inspectNode(
  document: unknown,
  node: Record<string, unknown>,
  pointer: string,
  openapi31: boolean,
  warnings: ContractWarning[],
): void {
  const ref = node['$ref'];
  if (typeof ref === 'string') {
    const target = localRefPointer(ref);
    if (target === undefined || resolvePointer(document, target) === undefined) {
      warnings.push({
        code: 'ELAN_SPEC_UNRESOLVED_REF',
        message:
          target === undefined
            ? `external reference ${ref} is not followed; it accepts any value`
            : `reference ${ref} does not resolve; it accepts any value`,
        pointer: appendPointer(pointer, '$ref'),
      });
    }
  }
  const discriminator = node['discriminator'];
  const alternatives = Array.isArray(node['oneOf']) || Array.isArray(node['anyOf']);
  if (isRecord(discriminator) && alternatives && !isRecord(discriminator['mapping'])) {
    warnings.push({
      code: 'ELAN_SPEC_DISCRIMINATOR_WITHOUT_MAPPING',
      message: `discriminator "${String(discriminator['propertyName'])}" has no mapping; the alternatives are validated without it`,
      pointer: appendPointer(pointer, 'discriminator'),
    });
  }
  if (isRecord(discriminator) && !alternatives) {
    warnings.push({
      code: 'ELAN_SPEC_DISCRIMINATOR_IGNORED',
      message: `discriminator "${String(discriminator['propertyName'])}" stands without oneOf/anyOf; it is ignored`,
      pointer: appendPointer(pointer, 'discriminator'),
    });
  }
  if (openapi31 && 'nullable' in node && typeof node['nullable'] === 'boolean') {
    warnings.push({
      code: 'ELAN_SPEC_NULLABLE_IN_3_1',
      message: '`nullable` is OpenAPI 3.0; it is applied as `type: [..., "null"]`',
      pointer: appendPointer(pointer, 'nullable'),
    });
  }
  const format = node['format'];
  if (typeof format === 'string' && !KNOWN_FORMATS.has(format)) {
    warnings.push({
      code: 'ELAN_SPEC_UNKNOWN_FORMAT',
      message: `format "${format}" is unknown; values are not checked against it`,
      pointer: appendPointer(pointer, 'format'),
    });
  }
}

/** Keywords whose values map names to schemas: their keys are names, not keywords. */
const NAME_MAP_KEYWORDS = new Set(['properties', 'patternProperties']);

function walk(
  node: unknown,
  pointer: string,
  visit: (node: Record<string, unknown>, pointer: string) => void,
  keysAreNames = false,
): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => {
      walk(item, appendPointer(pointer, index), visit);
    });
    return;
  }
  if (!isRecord(node)) return;
  if (!keysAreNames) visit(node, pointer);
  for (const [key, value] of Object.entries(node)) {
    if (!keysAreNames && (DATA_KEYWORDS.has(key) || key.startsWith('x-'))) continue;
    walk(value, appendPointer(pointer, key), visit, !keysAreNames && NAME_MAP_KEYWORDS.has(key));
  }
}

/** One warning per unknown format name is enough. */
function dedupeFormats(warnings: ContractWarning[]): ContractWarning[] {
  const seen = new Set<string>();
  return warnings.filter((warning) => {
    if (warning.code !== 'ELAN_SPEC_UNKNOWN_FORMAT') return true;
    if (seen.has(warning.message)) return false;
    seen.add(warning.message);
    return true;
  });
}
