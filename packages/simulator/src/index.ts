export type {
  ClientRegistration,
  PublicKeyRegistration,
  SeedCaseInput,
  SimulatorAdmin,
  SimulatorSnapshot,
} from './admin/admin.js';
export type { Beslutningstype } from './assumptions.js';
export {
  ADMIN_PREFIX,
  DEFAULT_ATTACHMENT_STEP_MS,
  KOMMUNE_PREFIX,
  SCOPE_KOMMUNE,
  SCOPE_UTLEGGSBEGJAERING,
  UTLEGGSBEGJAERING_PREFIX,
} from './assumptions.js';
export type { BaseUrls, PublicKeyClient, RegisteredClient } from './client.js';
export { parseDuration } from './clock.js';
export type { ContractRef, RequestInput, RequestValidation } from './elan/contract-validation.js';
export { createContractValidation } from './elan/contract-validation.js';
export { TEST_CASES, TEST_UNKNOWN_REFERENCE } from './elan/synthetic-case.js';
export type { SimulatorErrorCode } from './errors.js';
export { SimulatorError } from './errors.js';
export type { Fault, FaultKind, FaultSpec } from './faults.js';
export { FAULT_KINDS } from './faults.js';
export type { CertificateAuthority, IssuedCertificate } from './maskinporten/certificates.js';
export { createTestCertificateAuthority, issueBusinessCertificate } from './maskinporten/certificates.js';
export type { Delegation, SystemUser } from './maskinporten/client-registry.js';
export type { RsaJwk } from './maskinporten/keys.js';
export type { ExchangeSummary, Limits, SimulatorDefect, SimulatorOptions } from './options.js';
export { DEFAULT_LIMITS, SIMULATOR_DEFECTS } from './options.js';
export type { RecordingEvent, RecordingFilter, RecordingListener } from './recording/recorder.js';
export { makeDirectory } from './safe-fs/make-directory.js';
export type { ListenOptions, MountedHandler, Simulator, SimulatorRoute } from './simulator.js';
export { createSimulator } from './simulator.js';
export { CLIENT_FILE } from './state-dir.js';
