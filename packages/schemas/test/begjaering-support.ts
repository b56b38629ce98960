import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { ModelVersion } from '../src/index.js';

export const packageRoot = fileURLToPath(new URL('..', import.meta.url));
export const sourceDir = `${packageRoot}contracts/openapi/utleggsbegjaering/`;
export const examplesDir = `${packageRoot}contracts/examples/utleggsbegjaering/`;

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** A canonical example, e.g. `example('1.0', 'complex')`; a fresh copy every call. */
export function example(version: ModelVersion, name: 'minimal' | 'complex'): Record<string, unknown> {
  return readJson(`${examplesDir}${version}/${name}.json`) as Record<string, unknown>;
}

export const publishedFiles: readonly string[] = readdirSync(`${examplesDir}published`)
  .filter((file) => file.endsWith('.json'))
  .sort();

export function published(file: string): Record<string, unknown> {
  return readJson(`${examplesDir}published/${file}`) as Record<string, unknown>;
}

export const sourceFiles: readonly string[] = readdirSync(sourceDir)
  .filter((file) => file.endsWith('.yaml'))
  .sort();

export function readSource(file: string): unknown {
  return parse(readFileSync(`${sourceDir}${file}`, 'utf8'));
}

/** Every schema object in a JSON tree, with its JSON pointer. */
export function* schemaNodes(
  node: unknown,
  pointer = '',
): Generator<{ node: Record<string, unknown>; pointer: string }> {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) yield* schemaNodes(item, `${pointer}/${index}`);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  yield { node: record, pointer };
  for (const [key, child] of Object.entries(record))
    yield* schemaNodes(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
}

/** Sets a value at a JSON pointer path given as segments (test documents only). */
export function setAt(doc: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = doc as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last === undefined) throw new Error('empty path');
  if (value === undefined) delete node[last];
  else node[last] = value;
}
