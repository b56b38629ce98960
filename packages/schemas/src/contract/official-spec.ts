import { basename } from 'node:path';
import { SchemaPackageError } from '../errors/index.js';
import type { ModelVersion } from '../model-version.js';
import { isRecord } from '../primitives/json-pointer.js';
import { assertOpenApiObject, contractFromDocument, loadContract } from './load-contract.js';
import { type ExplicitMapping, mapOperations, mappingCoversApi, type OperationMapping } from './operation-mapping.js';
import { readDocumentFile } from './read-document.js';
import { convertSwagger2 } from './swagger2.js';
import type { Contract, ContractWarning, OperationInfo, OperationMatch, OperationValidator } from './types.js';

/** APIs an official document can stand in for (Maskinporten is not Skatteetaten's to publish). */
export const SPEC_APIS = ['utleggsbegjaering', 'betjeningskartet', 'status', 'innsyn', 'kommune'] as const;
export type SpecApi = (typeof SPEC_APIS)[number];

export interface OfficialSpecInput {
  /** Absolute path of the OpenAPI 3.x or Swagger 2.0 document (JSON or YAML). */
  readonly file: string;
  /** The API the document is for; found from its operations when absent. */
  readonly api?: SpecApi;
  /** Kit operationId → the document's operationId or `METHOD /path`, where finding by behaviour is not enough. */
  readonly operations?: ExplicitMapping;
}

export interface LoadOfficialSpecsOptions {
  /** Model version of the Utleggsbegjæring contract the documents are mapped onto. */
  readonly modelVersion: ModelVersion;
}

/** One official document standing in for one API. */
export interface OfficialSpec {
  readonly file: string;
  readonly api: SpecApi;
  /** The official document's operations under the kit's names; unmapped operations judged by the bundled contract. */
  readonly contract: Contract;
  /** The document as read. */
  readonly official: Contract;
  readonly bundled: Contract;
  readonly mapping: OperationMapping;
  readonly warnings: readonly ContractWarning[];
  /** `info.version` of the document. */
  readonly documentVersion: string;
  readonly convertedFrom?: 'swagger-2.0';
}

/**
 * Reads official documents (one per API; one document may also cover several) and maps each onto the bundled
 * contract of the API it is for. Every operation the document lacks falls back to the bundled one, with a warning.
 */
export async function loadOfficialSpecs(
  inputs: readonly OfficialSpecInput[],
  options: LoadOfficialSpecsOptions,
): Promise<OfficialSpec[]> {
  const specs: OfficialSpec[] = [];
  for (const input of inputs) specs.push(...(await loadOne(input, options)));
  const byApi = new Map<SpecApi, OfficialSpec>();
  for (const spec of specs) {
    const other = byApi.get(spec.api);
    if (other) {
      throw new SchemaPackageError(
        'ELAN_CONTRACT_UNMAPPABLE',
        `${basename(other.file)} and ${basename(spec.file)} are both documents for ${spec.api}`,
        { file: spec.file, hint: 'Give one document per API, or pin each with "api" in the config\'s "specs".' },
      );
    }
    byApi.set(spec.api, spec);
  }
  return specs;
}

async function loadOne(input: OfficialSpecInput, options: LoadOfficialSpecsOptions): Promise<OfficialSpec[]> {
  const read = readDocumentFile(input.file);
  assertOpenApiObject(read, input.file);
  const swagger = 'swagger' in read;
  const document = swagger ? await convertSwagger2(read, input.file) : read;
  const loaded = contractFromDocument(document, input.file);
  const warnings: ContractWarning[] = [
    ...(swagger
      ? [
          {
            code: 'ELAN_SPEC_SWAGGER_2_CONVERTED' as const,
            message: `Swagger ${String(read['swagger'])} converted to OpenAPI 3.0 with swagger2openapi`,
            pointer: '/swagger',
          },
        ]
      : []),
    ...loaded.warnings,
  ];
  const explicit = input.operations ?? {};
  const candidates = input.api ? [input.api] : SPEC_APIS;
  const found: OfficialSpec[] = [];
  const known: string[] = [];
  for (const api of candidates) {
    const bundled = loadContract(api, api === 'utleggsbegjaering' ? options.modelVersion : undefined);
    const own = Object.fromEntries(
      Object.entries(explicit).filter(([id]) => bundled.operations.some((op) => op.operationId === id)),
    );
    const mapping = mapOperations(loaded.contract, bundled, own);
    known.push(...bundled.operations.map((op) => op.operationId));
    if (!input.api && Object.keys(own).length === 0 && !mappingCoversApi(mapping)) continue;
    const info = isRecord(document['info']) ? document['info'] : {};
    found.push({
      file: input.file,
      api,
      contract: createMappedContract(loaded.contract, bundled, mapping),
      official: loaded.contract,
      bundled,
      mapping,
      warnings: [...warnings, ...fallbackWarnings(mapping, bundled)],
      documentVersion: typeof info['version'] === 'string' ? info['version'] : '',
      ...(swagger ? { convertedFrom: 'swagger-2.0' as const } : {}),
    });
  }
  const unknown = Object.keys(explicit).filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw new SchemaPackageError(
      'ELAN_CONTRACT_MAPPING_INVALID',
      `the mapping for ${basename(input.file)} names ${unknown.map((id) => `"${id}"`).join(', ')}, not one of the kit's operations`,
      { file: input.file, hint: `Kit operations: ${[...new Set(known)].join(', ')}` },
    );
  }
  if (found.length === 0) {
    throw new SchemaPackageError(
      'ELAN_CONTRACT_UNMAPPABLE',
      `no operation of ${basename(input.file)} does what one of the kit's operations does`,
      {
        file: input.file,
        hint:
          'Map them in the config: "specs": [{ "file": "…", "api": "utleggsbegjaering", ' +
          '"operations": { "validerNyBegjaering": "POST /path/valider" } }].',
      },
    );
  }
  return found;
}

function fallbackWarnings(mapping: OperationMapping, bundled: Contract): ContractWarning[] {
  return mapping.entries
    .filter((entry) => entry.status === 'fallback')
    .map((entry) => ({
      code: 'ELAN_SPEC_OPERATION_NOT_MAPPED' as const,
      message:
        `${entry.operationId}: no operation in the document does this; the kit's reconstructed contract ` +
        `(${bundled.title}) judges it`,
    }));
}

/** One line per kit operation: "valider → POST /api/v0/utleggsbegjaering/valider (operationId valider)". */
export function describeMapping(spec: OfficialSpec): string[] {
  return spec.mapping.entries.map((entry) => {
    if (!entry.official) return `${entry.operationId} → (none: the kit's reconstruction is used)`;
    const how = entry.status === 'configured' ? ', from the config' : '';
    return `${entry.operationId} → ${entry.official.method} ${entry.official.path} (operationId ${entry.official.operationId}${how})`;
  });
}

/** The official document's operations under the kit's operationIds, the bundled operation where none matched. */
function createMappedContract(official: Contract, bundled: Contract, mapping: OperationMapping): Contract {
  const kitIdOf = new Map<string, string>();
  const officialOf = new Map<string, OperationValidator>();
  for (const entry of mapping.entries) {
    if (!entry.official) continue;
    const validator = official.operation(entry.official.operationId);
    kitIdOf.set(entry.official.operationId, entry.operationId);
    officialOf.set(entry.operationId, renamed(validator, entry.operationId));
  }
  const operation = (operationId: string): OperationValidator =>
    officialOf.get(operationId) ?? bundled.operation(operationId);

  return Object.freeze({
    api: bundled.api,
    version: bundled.version,
    title: official.title,
    document: official.document,
    hash: official.hash,
    source: 'user-supplied' as const,
    operations: Object.freeze(
      mapping.entries.map((entry): OperationInfo => {
        const used = operation(entry.operationId);
        return { operationId: entry.operationId, method: used.method, path: used.path };
      }),
    ),
    operation,
    findOperation(method: string, pathname: string): OperationMatch | undefined {
      const direct = official.findOperation(method, pathname);
      if (direct) {
        const kitId = kitIdOf.get(direct.operation.operationId);
        return kitId ? { operation: operation(kitId), pathParams: direct.pathParams } : direct;
      }
      // Traffic on the kit's own paths (the simulator's) is judged by the official operation that does the same.
      const viaBundled = bundled.findOperation(method, pathname);
      if (!viaBundled) return undefined;
      const mapped = officialOf.get(viaBundled.operation.operationId);
      if (!mapped) return viaBundled;
      return {
        operation: mapped,
        pathParams: renameParams(viaBundled.operation.path, mapped.path, viaBundled.pathParams),
      };
    },
  });
}

function renamed(validator: OperationValidator, operationId: string): OperationValidator {
  return Object.freeze({
    operationId,
    method: validator.method,
    path: validator.path,
    requestContentTypes: validator.requestContentTypes,
    responseStatuses: validator.responseStatuses,
    security: validator.security,
    validateRequestBody: validator.validateRequestBody.bind(validator),
    validateRequestHeaders: validator.validateRequestHeaders.bind(validator),
    validateQuery: validator.validateQuery.bind(validator),
    validatePathParams: validator.validatePathParams.bind(validator),
    validateResponse: validator.validateResponse.bind(validator),
    precompile: validator.precompile.bind(validator),
  });
}

/** Path parameters by position: `{eksternSaksreferanse}` on the kit's path is `{ref}` on the official one. */
function renameParams(from: string, to: string, params: Readonly<Record<string, string>>): Record<string, string> {
  const names = (template: string) => [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
  const source = names(from);
  const target = names(to);
  const out: Record<string, string> = {};
  source.forEach((name, index) => {
    const value = params[name];
    const renamedTo = target[index];
    if (value !== undefined && renamedTo !== undefined) out[renamedTo] = value;
  });
  return out;
}
