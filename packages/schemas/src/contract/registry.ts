import { DEFAULT_MODEL_VERSION } from '../model-version.js';
import type { ApiName } from './types.js';

/** One bundled contract: its OpenAPI source under `contracts/openapi/` and its bundle under `contracts/bundled/`. */
export interface BundledContractEntry {
  readonly api: ApiName;
  /** Model version for versioned APIs; `''` for APIs with a single document. */
  readonly version: string;
  /** File name (without `.json`) under `contracts/bundled/`, and the api name in `redocly.yaml`. */
  readonly name: string;
  /** Source document, relative to `contracts/openapi/`. */
  readonly source: string;
}

function entry(api: ApiName, version: string, source: string): BundledContractEntry {
  return { api, version, name: version ? `${api}-${version}` : api, source };
}

export const BUNDLED_CONTRACTS: readonly BundledContractEntry[] = [
  entry('utleggsbegjaering', '0.9', 'utleggsbegjaering/0.9.yaml'),
  entry('utleggsbegjaering', '1.0', 'utleggsbegjaering/1.0.yaml'),
  entry('utleggsbegjaering', '1.1', 'utleggsbegjaering/1.1.yaml'),
  entry('utleggsbegjaering', '2.0', 'utleggsbegjaering/2.0.yaml'),
  entry('utleggsbegjaering', '2.1', 'utleggsbegjaering/2.1.yaml'),
  entry('betjeningskartet', '', 'betjeningskartet/openapi.yaml'),
  entry('status', '', 'status/openapi.yaml'),
  entry('innsyn', '', 'innsyn/openapi.yaml'),
  entry('kommune', '1.0', 'kommune/1.0.yaml'),
  entry('kommune', '2.0', 'kommune/2.0.yaml'),
  entry('maskinporten', '', 'maskinporten/openapi.yaml'),
];

/** The version `loadContract` uses when none is given. */
export function defaultVersionFor(api: ApiName): string {
  if (api === 'utleggsbegjaering') return DEFAULT_MODEL_VERSION;
  if (api === 'kommune') return '1.0';
  return '';
}

export function findBundledContract(api: string, version: string | undefined): BundledContractEntry | undefined {
  const wanted = version ?? (isApiName(api) ? defaultVersionFor(api) : '');
  return BUNDLED_CONTRACTS.find((candidate) => candidate.api === api && candidate.version === wanted);
}

export function isApiName(value: string): value is ApiName {
  return BUNDLED_CONTRACTS.some((candidate) => candidate.api === value);
}
