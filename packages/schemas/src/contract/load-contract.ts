import { readFileSync } from 'node:fs';
import { SchemaPackageError } from '../errors/index.js';
import { contractsPath } from '../paths.js';
import { isRecord } from '../primitives/json-pointer.js';
import { createContract } from './create-contract.js';
import { inspectDocument } from './inspect-document.js';
import { readDocumentFile } from './read-document.js';
import { BUNDLED_CONTRACTS, findBundledContract } from './registry.js';
import type { ApiName, Contract, ContractListing, ContractWarning } from './types.js';

const cache = new Map<string, Contract>();

/**
 * A bundled contract (`contracts/bundled/<api>-<version>.json`), cached per process.
 * `version` is the model version for `utleggsbegjaering` (default 1.0) and `kommune` (default 1.0);
 * leave it out for the other APIs.
 */
export function loadContract(api: ApiName, version?: string): Contract {
  const entry = findBundledContract(api, version === '' ? undefined : version);
  if (!entry) {
    const known = BUNDLED_CONTRACTS.map((candidate) => candidate.name).join(', ');
    throw new SchemaPackageError(
      'ELAN_CONTRACT_NOT_FOUND',
      `no bundled contract for ${api}${version ? ` ${version}` : ''}`,
      {
        hint: `Bundled contracts: ${known}`,
      },
    );
  }
  const cached = cache.get(entry.name);
  if (cached) return cached;
  const file = contractsPath('bundled', `${entry.name}.json`);
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
    throw new SchemaPackageError(
      missing ? 'ELAN_CONTRACT_NOT_FOUND' : 'ELAN_CONTRACT_UNREADABLE',
      missing ? `bundled contract ${file} is missing` : `bundled contract ${file} cannot be read`,
      { cause, file, hint: 'Regenerate the bundles: pnpm --filter @elan-kit/schemas bundle' },
    );
  }
  if (!isRecord(document)) {
    throw new SchemaPackageError('ELAN_CONTRACT_INVALID', `${file} is not an OpenAPI object`, { file, pointer: '' });
  }
  const { contract } = createContract(document, {
    api: entry.api,
    version: entry.version,
    source: 'bundled',
    tolerant: false,
  });
  cache.set(entry.name, contract);
  return contract;
}

export function listContracts(): ContractListing[] {
  return BUNDLED_CONTRACTS.map(({ api, version }) => ({ api, version }));
}

export interface LoadContractFromFileOptions {
  /** Label the contract (e.g. it replaces the bundled `utleggsbegjaering` 2.0); default `custom` / `info.version`. */
  readonly api?: ApiName;
  readonly version?: string;
}

/**
 * A user-supplied OpenAPI 3.0/3.1 document (JSON or YAML), such as the official one from SwaggerHub.
 * It is read tolerantly: undefined security schemes, discriminators without mapping, `nullable`,
 * unknown formats and unresolvable references become warnings, not errors. All validators are
 * compiled up front so that schemas which cannot be compiled are reported here too.
 */
export function loadContractFromFile(
  path: string,
  options: LoadContractFromFileOptions = {},
): { contract: Contract; warnings: ContractWarning[] } {
  const document = readDocumentFile(path);
  assertOpenApiObject(document, path);
  if ('swagger' in document) {
    throw new SchemaPackageError(
      'ELAN_CONTRACT_INVALID',
      `${path} is Swagger ${String(document['swagger'])}; OpenAPI 3.x is needed`,
      {
        file: path,
        pointer: '/swagger',
        hint: 'Load it with loadOfficialSpecs (it converts Swagger 2.0), or convert it to OpenAPI 3 first.',
      },
    );
  }
  return contractFromDocument(document, path, options);
}

export function assertOpenApiObject(document: unknown, path: string): asserts document is Record<string, unknown> {
  if (!isRecord(document)) {
    throw new SchemaPackageError('ELAN_CONTRACT_INVALID', `${path} is not an OpenAPI object`, {
      file: path,
      pointer: '',
    });
  }
}

/** A user-supplied OpenAPI 3.x object read tolerantly (see `loadContractFromFile`). */
export function contractFromDocument(
  document: Record<string, unknown>,
  path: string,
  options: LoadContractFromFileOptions = {},
): { contract: Contract; warnings: ContractWarning[] } {
  if (typeof document['openapi'] !== 'string' || !document['openapi'].startsWith('3.')) {
    throw new SchemaPackageError('ELAN_CONTRACT_INVALID', `${path} has no "openapi: 3.x" field`, {
      file: path,
      pointer: '/openapi',
    });
  }
  const warnings = inspectDocument(document);
  const info = isRecord(document['info']) ? document['info'] : {};
  const created = createContract(document, {
    api: options.api ?? 'custom',
    version: options.version ?? (typeof info['version'] === 'string' ? info['version'] : ''),
    source: 'user-supplied',
    tolerant: true,
    file: path,
  });
  created.precompile();
  return { contract: created.contract, warnings: [...warnings, ...created.warnings, ...created.compilerWarnings()] };
}
