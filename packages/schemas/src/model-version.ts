/**
 * Model versions and path versions are two different numbers, offset by one
 * (information-model.md §2): model 0.9 is served under `/v1`, models 1.0, 1.1, 2.0 and 2.1 under `/v2`.
 */
export const MODEL_VERSIONS = ['0.9', '1.0', '1.1', '2.0', '2.1'] as const;
export type ModelVersion = (typeof MODEL_VERSIONS)[number];

export type PathVersion = 'v1' | 'v2';

export function isModelVersion(value: unknown): value is ModelVersion {
  return typeof value === 'string' && (MODEL_VERSIONS as readonly string[]).includes(value);
}

export function pathVersionFor(model: ModelVersion): PathVersion {
  return model === '0.9' ? 'v1' : 'v2';
}

/** The newest model version the kit knows; the default everywhere a version is not given. */
export const DEFAULT_MODEL_VERSION: ModelVersion = '1.0';
