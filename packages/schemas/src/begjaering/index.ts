export type { BegjaeringAssumption } from './assumptions.js';
export { begjaeringAssumptions } from './assumptions.js';
export { detectModelVersion } from './detect-model-version.js';
export type { FieldLineage } from './legacy-names.js';
export { FIELD_LINEAGE } from './legacy-names.js';
export type {
  BegjaeringValidation,
  BegjaeringWarning,
  BegjaeringWarningCode,
  ModelDetection,
  ModelLabel,
} from './types.js';
export type { ValidateBegjaeringOptions } from './validate-begjaering.js';
export { validateBegjaering } from './validate-begjaering.js';
