export type { Kontrollutslag, ProblemDetail, ProblemDetailMedKontrollutslag } from './kontrollutslag.js';
export type { ModelVersion, PathVersion } from './model-version.js';
export { DEFAULT_MODEL_VERSION, isModelVersion, MODEL_VERSIONS, pathVersionFor } from './model-version.js';
export type {
  AttachmentInfo,
  AttachmentStatus,
  EarlierCase,
  PartyInfo,
  ProvingContext,
  ProvingOptions,
  Regelverk,
  Saksstatus,
} from './proving-context.js';
export { duplicateKey, SAKSSTATUSER } from './proving-context.js';
export * from './run-result/types.js';
export type { RunResultValidation } from './run-result/validate.js';
export { runResultSchema, validateRunResult } from './run-result/validate.js';
