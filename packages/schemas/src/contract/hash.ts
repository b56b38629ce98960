import { createHash } from 'node:crypto';
import type { Contract } from './types.js';

/** JSON with object keys sorted at every level, so equal documents hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, node: unknown) => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(node).sort()) sorted[key] = (node as Record<string, unknown>)[key];
    return sorted;
  });
}

export function hashDocument(document: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalJson(document)).digest('hex')}`;
}

/** One hash for a set of contracts, independent of the order they are given in. */
export function contractSetHash(contracts: readonly Pick<Contract, 'api' | 'version' | 'hash'>[]): string {
  const lines = contracts.map((contract) => `${contract.api}\u0000${contract.version}\u0000${contract.hash}`).sort();
  return `sha256:${createHash('sha256').update(lines.join('\n')).digest('hex')}`;
}
