import { basename } from 'node:path';
import { SchemaPackageError } from '../../errors/index.js';
import { isModelVersion, type ModelVersion } from '../../model-version.js';
import { isRecord } from '../../primitives/json-pointer.js';
import { HTTP_METHODS } from '../document-nodes.js';
import { loadContract } from '../load-contract.js';
import { loadOfficialSpecs, SPEC_APIS, type SpecApi } from '../official-spec.js';
import { BUNDLED_CONTRACTS, isApiName } from '../registry.js';
import type { ApiName, Contract } from '../types.js';

/** One side of a comparison: a bundled contract (`bundled:2.0`) or a document file mapped onto the kit's operations. */
export interface DiffSource {
  /** As the user wrote it. */
  readonly label: string;
  readonly api: ApiName;
  /** The Utleggsbegjæring model version of a bundled contract (undefined for a file or another API). */
  readonly modelVersion?: ModelVersion;
  readonly title: string;
  readonly documentVersion: string;
  readonly hash: string;
  readonly origin: 'reconstruction' | 'official';
  /** The contract judging a payload for this side (mapped onto the kit's operation names for a file). */
  readonly contract: Contract;
  /** The document with `paths` keyed by the kit's operation names: `/validerNyBegjaering` → `{ post: … }`. */
  readonly byOperation: Record<string, unknown>;
  /** Method and path of each operation as this document writes them. */
  readonly locations: Readonly<Record<string, string>>;
}

const BUNDLED_PREFIX = 'bundled:';

/**
 * `bundled:2.0` (Utleggsbegjæring model 2.0), `bundled:betjeningskartet`, `bundled:kommune-2.0`, or a file.
 * A file is mapped onto the API of the other side (`other`), or the API its operations show.
 */
export async function resolveDiffSource(reference: string, other?: DiffSource | string): Promise<DiffSource> {
  if (reference.startsWith(BUNDLED_PREFIX)) return bundledSource(reference);
  const hint =
    typeof other === 'string' ? (other.startsWith(BUNDLED_PREFIX) ? bundledSource(other) : undefined) : other;
  const api = hint && (SPEC_APIS as readonly string[]).includes(hint.api) ? (hint.api as SpecApi) : undefined;
  const specs = await loadOfficialSpecs([{ file: reference, ...(api ? { api } : {}) }], {
    modelVersion: hint?.modelVersion ?? '2.0',
  });
  const spec = specs[0];
  if (!spec) throw new SchemaPackageError('ELAN_CONTRACT_UNMAPPABLE', `${reference} maps onto no API`);
  const locations: Record<string, string> = {};
  const names = new Map<string, string>();
  for (const entry of spec.mapping.entries) {
    if (!entry.official) continue;
    names.set(`${entry.official.method} ${entry.official.path}`, entry.operationId);
  }
  for (const op of spec.official.operations) {
    const key = `${op.method} ${op.path}`;
    locations[names.get(key) ?? op.operationId] = key;
  }
  return {
    label: basename(reference),
    api: spec.api,
    title: spec.official.title,
    documentVersion: spec.documentVersion,
    hash: spec.official.hash,
    origin: 'official',
    contract: spec.contract,
    byOperation: keyByOperation(
      spec.official.document,
      (method, path, node) => names.get(`${method} ${path}`) ?? operationIdOf(node, method, path),
    ),
    locations,
  };
}

function bundledSource(reference: string): DiffSource {
  const name = reference.slice(BUNDLED_PREFIX.length);
  const { api, version } = parseBundledName(name);
  const contract = loadContract(api, version);
  const info = isRecord(contract.document['info']) ? contract.document['info'] : {};
  return {
    label: reference,
    api,
    ...(api === 'utleggsbegjaering' && isModelVersion(contract.version) ? { modelVersion: contract.version } : {}),
    title: contract.title,
    documentVersion: typeof info['version'] === 'string' ? info['version'] : contract.version,
    hash: contract.hash,
    origin: 'reconstruction',
    contract,
    byOperation: keyByOperation(contract.document, (method, path, node) => operationIdOf(node, method, path)),
    locations: Object.fromEntries(contract.operations.map((op) => [op.operationId, `${op.method} ${op.path}`])),
  };
}

function parseBundledName(name: string): { api: ApiName; version?: string } {
  if (/^\d+\.\d+$/.test(name)) return { api: 'utleggsbegjaering', version: name };
  const match = /^(.+?)(?:-(\d+\.\d+))?$/.exec(name);
  const api = match?.[1] ?? '';
  if (!isApiName(api)) {
    throw new SchemaPackageError('ELAN_CONTRACT_NOT_FOUND', `"bundled:${name}" names no bundled contract`, {
      hint: `Write bundled:<model version> (e.g. bundled:2.0) or bundled:<name>: ${BUNDLED_CONTRACTS.map((entry) => entry.name).join(', ')}`,
    });
  }
  return match?.[2] ? { api, version: match[2] } : { api };
}

function operationIdOf(node: Record<string, unknown>, method: string, path: string): string {
  return typeof node['operationId'] === 'string' && node['operationId'] !== ''
    ? node['operationId']
    : `${method} ${path}`;
}

/**
 * The document with each operation under a path of its own name, so two documents whose paths differ (the
 * kit's `/api/utleggsbegjaering/v2/valider`, an official `/api/v0/utleggsbegjaering/valider`) compare
 * operation by operation. Path-level parameters move into the operation.
 */
function keyByOperation(
  document: Readonly<Record<string, unknown>>,
  nameOf: (method: string, path: string, node: Record<string, unknown>) => string,
): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const source = isRecord(document['paths']) ? document['paths'] : {};
  for (const [path, item] of Object.entries(source)) {
    if (!isRecord(item)) continue;
    const shared = Array.isArray(item['parameters']) ? item['parameters'] : [];
    for (const method of HTTP_METHODS) {
      const node = item[method];
      if (!isRecord(node)) continue;
      const own = Array.isArray(node['parameters']) ? node['parameters'] : [];
      const parameters = [...shared, ...own];
      const { operationId: _ignored, ...rest } = node;
      paths[`/${nameOf(method.toUpperCase(), path, node)}`] = {
        [method]: { ...rest, ...(parameters.length > 0 ? { parameters } : {}) },
      };
    }
  }
  const { servers: _servers, info: _info, ...rest } = document;
  return withoutAnnotations({ ...rest, paths }) as Record<string, unknown>;
}

/** Prose and examples change in every release and say nothing about compatibility; leaving them out halves the work. */
const ANNOTATIONS = new Set(['description', 'summary', 'example', 'examples', 'title', 'externalDocs']);
/** Keywords whose keys are names (a property may be called `title`), not keywords. */
const NAME_MAPS = new Set(['properties', 'patternProperties', 'schemas', 'paths', 'responses', 'content']);

function withoutAnnotations(node: unknown, namesHere = false): unknown {
  if (Array.isArray(node)) return node.map((item) => withoutAnnotations(item));
  if (!isRecord(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!namesHere && (ANNOTATIONS.has(key) || key.startsWith('x-'))) continue;
    out[key] = withoutAnnotations(value, !namesHere && NAME_MAPS.has(key));
  }
  return out;
}
