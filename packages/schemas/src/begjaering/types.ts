import type { ContractWarning, SchemaError } from '../contract/types.js';
import type { ModelVersion } from '../model-version.js';

/** A model of the Utleggsbegjæring lineage; `V0-24` is the 2024 model before 0.9 (information-model.md §2). */
export type ModelLabel = ModelVersion | 'V0-24';

export type BegjaeringWarningCode =
  /** A field name from another model version (`kravreferanse` in a 1.0 document). */
  | 'ELAN_LEGACY_FIELD'
  /** A field no model version has (usually a typo). */
  | 'ELAN_UNKNOWN_FIELD'
  /** A code value from another model version (`utleggOgForlliksklageKombinert` in a 1.0 document). */
  | 'ELAN_LEGACY_VALUE'
  /** A variant the schema accepts only because published examples use it (information-model.md §19). */
  | 'ELAN_DEVIATING_VARIANT'
  /** The document looks like another model version than the one it is validated against. */
  | 'ELAN_MODEL_VERSION_MISMATCH'
  /** An element the model version deprecates (accepted; planned to be removed in the next model version). */
  | 'ELAN_DEPRECATED_FIELD';

/** Same shape as ContractWarning, with the codes of Utleggsbegjæring validation. */
export interface BegjaeringWarning extends Omit<ContractWarning, 'code'> {
  readonly code: BegjaeringWarningCode;
  readonly message: string;
  /** JSON pointer into the submitted document (the field itself, not its parent object). */
  readonly pointer?: string;
}

export interface ModelDetection {
  readonly modelVersion: ModelVersion;
  /** 0 = no evidence at all; 1 = plenty of evidence and all of it points to this version. */
  readonly confidence: number;
  /** Human-readable reasons, e.g. "`kravreferanse` at /kravTilInnkreving/0 → model 0.9". */
  readonly evidence: readonly string[];
  /** Every version that scored as high as `modelVersion` (the evidence cannot tell them apart). */
  readonly alternatives: readonly ModelVersion[];
}

export interface BegjaeringValidation {
  /** The model version the document was validated against. */
  readonly modelVersion: ModelVersion;
  /** Present when the version was detected (`modelVersion: 'auto'`). */
  readonly detection?: ModelDetection;
  /** Errors with pointers into the submitted document; empty = schema-valid. */
  readonly schemaErrors: readonly SchemaError[];
  readonly warnings: readonly BegjaeringWarning[];
}
