import { SchemaPackageError } from '../errors/index.js';
import { describeBehaviour, type OperationBehaviour } from './operation-behaviour.js';
import type { Contract, OperationInfo } from './types.js';

/** How one of the kit's operations found its counterpart in an official document. */
export type MappingStatus = 'matched' | 'configured' | 'fallback';

export interface OperationMappingEntry {
  /** The kit's name for the operation (the bundled contract's operationId). */
  readonly operationId: string;
  readonly status: MappingStatus;
  /** The official document's operation; absent for `fallback` (the bundled operation judges). */
  readonly official?: OperationInfo;
}

export interface OperationMapping {
  readonly entries: readonly OperationMappingEntry[];
  /** Official operations no kit operation maps to (e.g. an internal `startsak`): not used by the kit. */
  readonly unused: readonly OperationInfo[];
}

/**
 * The user's own mapping: kit operationId → the official operation, written as its operationId
 * (`valider`) or as method and path (`POST /api/v0/utleggsbegjaering/valider`).
 */
export type ExplicitMapping = Readonly<Record<string, string>>;

/** Below this a pair is not a match: the path says nothing and the request bodies share too little. */
const MIN_SCHEMA_SIMILARITY = 0.3;

/**
 * Finds, for every operation of the bundled contract, the operation of the official document that does the
 * same thing: the same method, the same path shape (the resource named last, the number of trailing path
 * parameters), the same kind of request body with similar properties; a shared operationId only breaks ties.
 */
export function mapOperations(official: Contract, bundled: Contract, explicit: ExplicitMapping = {}): OperationMapping {
  const officialOps = official.operations.map((info) => describeBehaviour(official.document, info));
  const kitOps = bundled.operations.map((info) => describeBehaviour(bundled.document, info));
  const taken = new Set<OperationInfo>();
  const result = new Map<string, OperationMappingEntry>();

  for (const [operationId, target] of Object.entries(explicit)) {
    if (!bundled.operations.some((op) => op.operationId === operationId)) {
      throw new SchemaPackageError(
        'ELAN_CONTRACT_MAPPING_INVALID',
        `the mapping names "${operationId}", which is not one of the kit's ${bundled.api} operations`,
        { hint: `Kit operations: ${bundled.operations.map((op) => op.operationId).join(', ')}` },
      );
    }
    const found = findOfficial(official, target);
    if (!found) {
      throw new SchemaPackageError(
        'ELAN_CONTRACT_MAPPING_INVALID',
        `the mapping of "${operationId}" names "${target}", which is not an operation of ${official.title}`,
        {
          hint: `Write an operationId or "METHOD /path" from the document: ${official.operations
            .map((op) => `${op.method} ${op.path}`)
            .join(', ')}`,
        },
      );
    }
    taken.add(found);
    result.set(operationId, { operationId, status: 'configured', official: found });
  }

  const pairs: { kit: OperationBehaviour; official: OperationBehaviour; score: number }[] = [];
  for (const kit of kitOps) {
    if (result.has(kit.info.operationId)) continue;
    for (const candidate of officialOps) {
      if (taken.has(candidate.info)) continue;
      const score = scorePair(kit, candidate);
      if (score !== undefined) pairs.push({ kit, official: candidate, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score);
  for (const pair of pairs) {
    if (result.has(pair.kit.info.operationId) || taken.has(pair.official.info)) continue;
    taken.add(pair.official.info);
    result.set(pair.kit.info.operationId, {
      operationId: pair.kit.info.operationId,
      status: 'matched',
      official: pair.official.info,
    });
  }

  return {
    entries: bundled.operations.map(
      (op) => result.get(op.operationId) ?? { operationId: op.operationId, status: 'fallback' as const },
    ),
    unused: official.operations.filter((op) => !taken.has(op)),
  };
}

/** True when at least one operation was found by its path (not only by a similar body): the document is for this API. */
export function mappingCoversApi(mapping: OperationMapping): boolean {
  return mapping.entries.some((entry) => entry.status !== 'fallback');
}

function findOfficial(official: Contract, target: string): OperationInfo | undefined {
  const byId = official.operations.find((op) => op.operationId === target);
  if (byId) return byId;
  const match = /^\s*([A-Za-z]+)\s+(\S+)\s*$/.exec(target);
  if (!match) return undefined;
  const method = (match[1] ?? '').toUpperCase();
  const path = match[2] ?? '';
  return (
    official.operations.find((op) => op.method === method && op.path === path) ??
    official.findOperation(method, path)?.operation
  );
}

/** Higher is a better match; undefined when the two cannot be the same operation. */
export function scorePair(kit: OperationBehaviour, official: OperationBehaviour): number | undefined {
  if (kit.method !== official.method) return undefined;
  if (kit.body !== official.body && (kit.body === 'none' || official.body === 'none' || kit.body !== 'json')) {
    return undefined;
  }
  if (trailingParameters(kit.segments) !== trailingParameters(official.segments)) return undefined;
  // A multipart or form body says what the operation is even where the resource is named otherwise (`/dokumenter`).
  const telling = kit.body === official.body && (kit.body === 'multipart' || kit.body === 'form');
  const path = scorePath(kit.segments, official.segments) ?? (telling ? 0 : undefined);
  if (path === undefined) return undefined;
  const schema = similarity(kit.properties, official.properties);
  if (path === 0 && schema < MIN_SCHEMA_SIMILARITY && !telling) return undefined;
  return path + 4 * schema + (telling ? 3 : 0) + scoreHint(kit, official);
}

function trailingParameters(segments: readonly string[]): number {
  let count = 0;
  for (let i = segments.length - 1; i >= 0 && segments[i] === '{}'; i--) count++;
  return count;
}

function literals(segments: readonly string[]): string[] {
  return segments.filter((segment) => segment !== '{}');
}

/** Undefined when the resources named last differ; 0 when one path names none. */
function scorePath(kit: readonly string[], official: readonly string[]): number | undefined {
  const kitLiterals = literals(kit);
  const officialLiterals = literals(official);
  const kitResource = kitLiterals.at(-1);
  const officialResource = officialLiterals.at(-1);
  if (kitResource === undefined || officialResource === undefined) return 0;
  const resource = scoreLiteral(kitResource, officialResource);
  if (resource === 0) return undefined;
  let score = resource;
  // The segments before the resource agree too (`utleggsbegjaering/valider`): a little more certainty.
  for (let i = 2; i <= Math.min(kitLiterals.length, officialLiterals.length); i++) {
    const extra = scoreLiteral(kitLiterals.at(-i) ?? '', officialLiterals.at(-i) ?? '');
    if (extra === 0) break;
    score += extra / 3;
  }
  return score;
}

function scoreLiteral(a: string, b: string): number {
  const x = a.replace(/[-_.]/g, '');
  const y = b.replace(/[-_.]/g, '');
  if (x === y) return 3;
  if (x.length >= 4 && y.length >= 4 && (x.includes(y) || y.includes(x))) return 2;
  return 0;
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const name of a) if (b.has(name)) shared++;
  return shared / (a.size + b.size - shared);
}

function scoreHint(kit: OperationBehaviour, official: OperationBehaviour): number {
  if (kit.info.operationId.toLowerCase() === official.info.operationId.toLowerCase()) return 1;
  let shared = 0;
  for (const word of kit.words) if (official.words.has(word)) shared++;
  return Math.min(shared, 2) * 0.25;
}
