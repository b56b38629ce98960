import { appendPointer, isRecord, localRefPointer, resolvePointer } from '../primitives/json-pointer.js';
import { collectMediaTypes, essenceOf, followRef, isJsonMediaType, pickMediaType } from './document-nodes.js';
import { serverBasePaths } from './path-matcher.js';
import type { OperationInfo } from './types.js';

/** What an operation does, as far as its shape tells: the facts operation mapping compares. */
export interface OperationBehaviour {
  readonly info: OperationInfo;
  readonly method: string;
  /** Path segments with the server base path in front; `{}` for a parameter; version and `api` segments dropped. */
  readonly segments: readonly string[];
  /** `json`, `multipart`, `form`, `other` or `none`. */
  readonly body: 'json' | 'multipart' | 'form' | 'other' | 'none';
  /** Top-level property names of the request body schema (allOf merged, $refs followed). */
  readonly properties: ReadonlySet<string>;
  /** Lower-case words of the operationId (`validerNyBegjaering` → valider, ny, begjaering). */
  readonly words: ReadonlySet<string>;
}

/** Path segments that say nothing about what an operation does (gateway prefixes and path versions). */
const NOISE_SEGMENT = /^(api|external|ekstern|intern|internal|rest|v\d+(\.\d+)*)$/i;

export function describeBehaviour(
  document: Readonly<Record<string, unknown>>,
  info: OperationInfo,
): OperationBehaviour {
  const paths = isRecord(document['paths']) ? document['paths'] : {};
  const pathItem = followRef(document, paths[info.path], appendPointer('/paths', info.path));
  const method = info.method.toLowerCase();
  const operation = pathItem && followRef(document, pathItem.node[method], appendPointer(pathItem.pointer, method));
  const servers = operation?.node['servers'] ?? pathItem?.node['servers'] ?? document['servers'];
  const [base = ''] = serverBasePaths(servers);
  const requestBody =
    operation && followRef(document, operation.node['requestBody'], appendPointer(operation.pointer, 'requestBody'));
  const media = requestBody ? collectMediaTypes(requestBody) : [];
  const chosen = pickMediaType(media, undefined);
  return {
    info,
    method: info.method.toUpperCase(),
    segments: pathSegments(`${base}/${info.path}`),
    body: chosen === undefined ? 'none' : bodyFamily(chosen.mediaType),
    properties: new Set(chosen ? topLevelProperties(document, chosen.schema) : []),
    words: new Set(words(info.operationId)),
  };
}

export function pathSegments(path: string): string[] {
  return path
    .split('/')
    .filter((segment) => segment !== '' && !NOISE_SEGMENT.test(segment))
    .map((segment) => (/^\{[^}]*\}$/.test(segment) ? '{}' : segment.toLowerCase()));
}

function bodyFamily(mediaType: string): OperationBehaviour['body'] {
  const essence = essenceOf(mediaType);
  if (isJsonMediaType(essence)) return 'json';
  if (essence === 'multipart/form-data') return 'multipart';
  if (essence === 'application/x-www-form-urlencoded') return 'form';
  return 'other';
}

function topLevelProperties(document: unknown, schema: unknown, depth = 0): string[] {
  if (depth > 8 || !isRecord(schema)) return [];
  if (typeof schema['$ref'] === 'string') {
    const target = localRefPointer(schema['$ref']);
    return target === undefined ? [] : topLevelProperties(document, resolvePointer(document, target), depth + 1);
  }
  const own = isRecord(schema['properties']) ? Object.keys(schema['properties']) : [];
  const composed = ['allOf', 'oneOf', 'anyOf'].flatMap((keyword) => {
    const parts = schema[keyword];
    return Array.isArray(parts) ? parts.flatMap((part) => topLevelProperties(document, part, depth + 1)) : [];
  });
  return [...own, ...composed];
}

function words(operationId: string): string[] {
  return operationId
    .replace(/([a-zæøå0-9])([A-ZÆØÅ])/g, '$1 $2')
    .split(/[^A-Za-zÆØÅæøå0-9]+/)
    .filter((word) => word.length > 1)
    .map((word) => word.toLowerCase());
}
