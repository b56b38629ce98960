export type { Kontrollutslag, ProblemDetail, ProblemDetailMedKontrollutslag } from './kontrollutslag.js';
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
export type { LoadContractFromFileOptions } from './contract/load-contract.js';
export { listContracts, loadContract, loadContractFromFile } from './contract/load-contract.js';
export { contractSetHash } from './contract/hash.js';
export type { SchemaPackageErrorCode, SchemaPackageErrorOptions } from './errors.js';
export { isSchemaPackageError, SchemaPackageError } from './errors.js';
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
