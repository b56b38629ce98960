import { isRecord, localRefPointer, resolvePointer } from '../../primitives/json-pointer.js';

/** How deep a schema is followed (every $ref, allOf and oneOf step counts); cycles are cut separately. */
const MAX_DEPTH = 64;

/**
 * Properties of a request body marked `deprecated: true`, by their dotted path (`kravTilInnkreving[].rentekrav`).
 * The flag may stand on the property, next to its `$ref` or in one of its `allOf` parts.
 */
export function deprecatedProperties(document: unknown, schema: unknown): Set<string> {
  const found = new Set<string>();
  const visit = (node: unknown, path: string, depth: number, refs: readonly string[]): void => {
    if (depth > MAX_DEPTH || !isRecord(node)) return;
    const ref = node['$ref'];
    if (typeof ref === 'string') {
      const pointer = localRefPointer(ref);
      if (pointer === undefined || refs.includes(pointer)) return;
      visit(resolvePointer(document, pointer), path, depth + 1, [...refs, pointer]);
    }
    for (const keyword of ['allOf', 'oneOf', 'anyOf']) {
      const parts = node[keyword];
      if (Array.isArray(parts)) for (const part of parts) visit(part, path, depth + 1, refs);
    }
    for (const keyword of ['if', 'then', 'else']) visit(node[keyword], path, depth + 1, refs);
    const dependent = node['dependentSchemas'];
    if (isRecord(dependent)) for (const part of Object.values(dependent)) visit(part, path, depth + 1, refs);
    if (node['items'] !== undefined) visit(node['items'], `${path}[]`, depth + 1, refs);
    const properties = node['properties'];
    if (!isRecord(properties)) return;
    for (const [name, property] of Object.entries(properties)) {
      const at = path === '' ? name : `${path}.${name}`;
      if (isDeprecated(document, property)) found.add(at);
      visit(property, at, depth + 1, refs);
    }
  };
  visit(schema, '', 0, []);
  return found;
}

/** The flag on the schema, in one of its `allOf` parts, or on what its `$ref` points at (merging shares nodes). */
function isDeprecated(document: unknown, schema: unknown, depth = 0): boolean {
  if (depth > 4 || !isRecord(schema)) return false;
  if (schema['deprecated'] === true) return true;
  const parts = schema['allOf'];
  if (Array.isArray(parts) && parts.some((part) => isDeprecated(document, part, depth + 1))) return true;
  const ref = schema['$ref'];
  const pointer = typeof ref === 'string' ? localRefPointer(ref) : undefined;
  return pointer !== undefined && isDeprecated(document, resolvePointer(document, pointer), depth + 1);
}
