import { appendPointer, isRecord, localRefPointer, resolvePointer } from '../primitives/json-pointer.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** A node of the document and where it is (after following local `$ref`s). */
export interface Located<T = Record<string, unknown>> {
  readonly node: T;
  readonly pointer: string;
}

/** Follows local `$ref` chains (parameters, request bodies, responses, path items); undefined if unresolvable. */
export function followRef(document: unknown, node: unknown, pointer: string): Located | undefined {
  let current = node;
  let at = pointer;
  const seen = new Set<string>();
  while (isRecord(current) && typeof current['$ref'] === 'string') {
    const target = localRefPointer(current['$ref']);
    if (target === undefined || seen.has(target)) return undefined;
    seen.add(target);
    at = target;
    current = resolvePointer(document, target);
  }
  return isRecord(current) ? { node: current, pointer: at } : undefined;
}

export interface ParameterNode {
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
  readonly schema: unknown;
  readonly schemaPointer: string;
}

/** Path-level and operation-level parameters merged; the operation's win for the same name and location. */
export function collectParameters(document: unknown, pathItem: Located, operation: Located): ParameterNode[] {
  const merged = new Map<string, ParameterNode>();
  for (const owner of [pathItem, operation]) {
    const list = owner.node['parameters'];
    if (!Array.isArray(list)) continue;
    list.forEach((entry, index) => {
      const located = followRef(document, entry, appendPointer(owner.pointer, 'parameters', index));
      if (!located) return;
      const parameter = toParameter(located);
      if (parameter) merged.set(`${parameter.in}:${parameter.name.toLowerCase()}`, parameter);
    });
  }
  return [...merged.values()];
}

function toParameter({ node, pointer }: Located): ParameterNode | undefined {
  const name = node['name'];
  const location = node['in'];
  if (typeof name !== 'string' || typeof location !== 'string') return undefined;
  let schema: unknown = node['schema'];
  let schemaPointer = appendPointer(pointer, 'schema');
  if (schema === undefined && isRecord(node['content'])) {
    const [mediaType, media] = Object.entries(node['content'])[0] ?? [];
    if (mediaType !== undefined && isRecord(media)) {
      schema = media['schema'];
      schemaPointer = appendPointer(pointer, 'content', mediaType, 'schema');
    }
  }
  return {
    name,
    in: location,
    required: node['required'] === true || location === 'path',
    schema: schema ?? {},
    schemaPointer,
  };
}

export interface MediaTypeNode {
  readonly mediaType: string;
  readonly schema: unknown;
  readonly schemaPointer: string;
}

export function collectMediaTypes(owner: Located): MediaTypeNode[] {
  const content = owner.node['content'];
  if (!isRecord(content)) return [];
  return Object.entries(content).map(([mediaType, media]) => ({
    mediaType,
    schema: isRecord(media) ? media['schema'] : undefined,
    schemaPointer: appendPointer(owner.pointer, 'content', mediaType, 'schema'),
  }));
}

/** `application/problem+json; charset=utf-8` → `application/problem+json`. */
export function essenceOf(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

export function isJsonMediaType(mediaType: string): boolean {
  const essence = essenceOf(mediaType);
  return essence === 'application/json' || essence.endsWith('+json');
}

/** The documented media type for `contentType` (exact, then `type/*`, then `*\/*`), or undefined. */
export function pickMediaType(
  mediaTypes: readonly MediaTypeNode[],
  contentType: string | undefined,
): MediaTypeNode | undefined {
  if (contentType === undefined) {
    return mediaTypes.find((media) => isJsonMediaType(media.mediaType)) ?? mediaTypes[0];
  }
  const essence = essenceOf(contentType);
  const type = essence.split('/')[0];
  return (
    mediaTypes.find((media) => essenceOf(media.mediaType) === essence) ??
    mediaTypes.find((media) => essenceOf(media.mediaType) === `${type}/*`) ??
    mediaTypes.find((media) => essenceOf(media.mediaType) === '*/*')
  );
}
