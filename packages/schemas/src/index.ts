export type {
  BegjaeringAssumption,
  BegjaeringValidation,
  BegjaeringWarning,
  BegjaeringWarningCode,
  FieldLineage,
  ModelDetection,
  ModelLabel,
  ValidateBegjaeringOptions,
} from './begjaering/index.js';
export { begjaeringAssumptions, detectModelVersion, FIELD_LINEAGE, validateBegjaering } from './begjaering/index.js';
export type { CanonicalExampleName } from './canonical-examples.js';
export { loadCanonicalExample } from './canonical-examples.js';
export type { CodeList, CodeListEntry } from './code-lists/index.js';
export { codeLists, codeListValues, findCodeValue } from './code-lists/index.js';
export type { ContractAssumption } from './contract/assumptions.js';
export { CONTRACT_ASSUMPTIONS, OPPSLAG_SAMORDNET_TREKK_FLAG } from './contract/assumptions.js';
export type {
  ChangeKind,
  ContractChange,
  ContractDiff,
  DiffSourceSummary,
  OperationChanges,
} from './contract/diff/compare-contracts.js';
export { compareContracts } from './contract/diff/compare-contracts.js';
export type { DiffSource } from './contract/diff/diff-source.js';
export { resolveDiffSource } from './contract/diff/diff-source.js';
export type { ChangelogRename } from './contract/diff/elan-renames.js';
export { changelogRenames } from './contract/diff/elan-renames.js';
export type { PayloadChange, PayloadChanges } from './contract/diff/payload-changes.js';
export { payloadChanges } from './contract/diff/payload-changes.js';
export { contractSetHash } from './contract/hash.js';
export type { LoadContractFromFileOptions } from './contract/load-contract.js';
export { listContracts, loadContract, loadContractFromFile } from './contract/load-contract.js';
export type {
  LoadOfficialSpecsOptions,
  OfficialSpec,
  OfficialSpecInput,
  SpecApi,
} from './contract/official-spec.js';
export { describeMapping, loadOfficialSpecs, SPEC_APIS } from './contract/official-spec.js';
export type {
  ExplicitMapping,
  MappingStatus,
  OperationMapping,
  OperationMappingEntry,
} from './contract/operation-mapping.js';
export { schemaErrorPointer } from './contract/schema-error-pointer.js';
export type {
  ApiName,
  Contract,
  ContractListing,
  ContractWarning,
  ContractWarningCode,
  HeaderValues,
  OperationInfo,
  OperationMatch,
  OperationValidator,
  QueryValues,
  SchemaError,
} from './contract/types.js';
export { API_NAMES } from './contract/types.js';
export type {
  CliErrorCode,
  ConformanceErrorCode,
  ElanErrorCode,
  ElanErrorOptions,
  FixturesErrorCode,
  ReporterErrorCode,
  RulesErrorCode,
  SchemaPackageErrorCode,
  SchemaPackageErrorOptions,
  SimulatorErrorCode,
} from './errors/index.js';
export { ElanError, isSchemaPackageError, SchemaPackageError } from './errors/index.js';
export type { InvalidUtf8, JsonSyntaxError } from './json-syntax.js';
export { locateInvalidUtf8, locateJsonSyntaxError } from './json-syntax.js';
export type { Kontrollutslag, ProblemDetail, ProblemDetailMedKontrollutslag } from './kontrollutslag.js';
export type { ModelVersion, PathVersion } from './model-version.js';
export { DEFAULT_MODEL_VERSION, isModelVersion, MODEL_VERSIONS, pathVersionFor } from './model-version.js';
export * from './party-register/index.js';
export * from './primitives/index.js';
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
export {
  AUTH_SCHEMES,
  isSecretHeader,
  isSecretName,
  JWK_PRIVATE_MEMBERS,
  normalizeSecretName,
  REDACTED,
  redactHeaders,
  redactHeaderValue,
  redactText,
  redactUrl,
  redactValue,
  SECRET_HEADERS,
  SECRET_NAMES,
} from './redaction/index.js';
export type { PlannedCheck, RunListener, RunPlan } from './run-result/lifecycle.js';
export * from './run-result/types.js';
export type { RunResultValidation } from './run-result/validate.js';
export { runResultSchema, validateRunResult } from './run-result/validate.js';
export type { SanitizeTerminalOptions } from './terminal/index.js';
export { sanitizeTerminalText } from './terminal/index.js';
export type {
  AvvikstekstDel,
  AvvikstekstVerdi,
  GeneralErrorCode,
  Tekstkilde,
  Vilkaar,
  VilkaarGruppe,
  VilkaarKontekst,
} from './vilkaar/index.js';
export {
  avvikstekstPlaceholders,
  findVilkaar,
  formatAvvikstekst,
  generalErrorCodes,
  parseAvvikstekst,
  vilkaarCatalog,
  vilkaarFor,
} from './vilkaar/index.js';
