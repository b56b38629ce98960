import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isApiName } from '../../src/contract/registry.js';
import { type ApiName, isModelVersion } from '../../src/index.js';

export const examplesRoot = fileURLToPath(new URL('../../contracts/examples/', import.meta.url));

/** What an example file exemplifies, derived from where it lives and how it is named. */
export type ExampleTarget =
  | {
      readonly kind: 'operation';
      readonly api: ApiName;
      readonly version: string;
      readonly operationId: string;
      readonly part: 'request' | { readonly status: number };
    }
  /** A begjæring whose model version is named by its folder (`utleggsbegjaering/<model>/*.json`). */
  | { readonly kind: 'begjaering'; readonly version: string }
  /** A reconstruction of a published begjæring; its model version is detected (`utleggsbegjaering/published/`). */
  | { readonly kind: 'published-begjaering' };

/**
 * Naming convention for examples of every API:
 *   <api>/[<version>/]<operationId>.request[.<label>].json
 *   <api>/[<version>/]<operationId>.response-<status>[.<label>].json
 * Begjæringer: utleggsbegjaering/<model>/<name>.json and utleggsbegjaering/published/<name>.json.
 */
export function exampleTargetFor(relativePath: string): ExampleTarget | undefined {
  const parts = relativePath.split(/[\\/]/);
  const file = parts.pop() ?? '';
  const [api, version = ''] = parts;
  if (api === undefined || !isApiName(api) || parts.length > 2) return undefined;
  const named = /^([A-Za-z][A-Za-z0-9]*)\.(request|response-(\d{3}))(\.[^/]+)?\.json$/.exec(file);
  if (named) {
    const [, operationId = '', , status] = named;
    return { kind: 'operation', api, version, operationId, part: status ? { status: Number(status) } : 'request' };
  }
  if (api === 'utleggsbegjaering' && version === 'published') return { kind: 'published-begjaering' };
  if (api === 'utleggsbegjaering' && isModelVersion(version) && file.endsWith('.json'))
    return { kind: 'begjaering', version };
  return undefined;
}

/** Every `.json` file under contracts/examples/, relative to it, with `/` separators. */
export function listExampleFiles(directory = examplesRoot): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...listExampleFiles(path));
    else if (entry.name.endsWith('.json')) files.push(relative(examplesRoot, path).split(sep).join('/'));
  }
  return files.sort();
}
