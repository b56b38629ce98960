export {
  DEFAULT_SIMULATOR_START,
  ELAN_SCOPE,
  TENOR,
  TEST_ENVIRONMENT,
  VENDOR_SCENARIO_TIMEOUT_SECONDS,
} from './assumptions.js';
export { allChecks } from './checks/index.js';
export type { ContractJudgement } from './checks/support/contract.js';
export { matchOperation, validateExchange } from './checks/support/contract.js';
export type { AttachmentUpload, AuthMode, CallOptions, ElanApi, ElanApiOptions } from './client/elan-api.js';
export { createElanApi, partsidentifikator } from './client/elan-api.js';
export type { Check, CheckContext, CheckOutcome, EvidenceSink } from './engine/check.js';
export { defineCheck } from './engine/check.js';
export type { Clock } from './engine/clock.js';
export { createManualClock, createSystemClock } from './engine/clock.js';
export type { BilingualFinding, FindingDetails, FindingText } from './engine/finding.js';
export { finding } from './engine/finding.js';
export type { PlannedCheck, RunListener, RunPlan } from './engine/listeners.js';
export { mergeShardResults } from './engine/merge-shards.js';
export { fail, judge, manual, pass, skip, toolError } from './engine/outcomes.js';
export type { RunChecksOptions } from './engine/run-checks.js';
export { runChecks } from './engine/run-checks.js';
export type { Shard } from './engine/shard.js';
export { parseShard, selectShard } from './engine/shard.js';
export type { VerdictContext } from './engine/summarize.js';
export {
  decideVerdict,
  ROLL_UP_PRECEDENCE,
  rollUpStatus,
  summarizeChecks,
  unattestedRequired,
} from './engine/summarize.js';
export type { ConformanceErrorCode } from './errors.js';
export {
  ConformanceError,
  MaskinportenError,
  NonSyntheticDataError,
  ProductionUrlError,
  RunStoppedError,
  UnknownTestPartyError,
  VendorAdapterError,
} from './errors.js';
export { isWithinSupportHours } from './guards/off-hours.js';
export type { UrlPolicy } from './guards/production-url.js';
export { assertUrlAllowed, createUrlGuard, isProductionHost } from './guards/production-url.js';
export type { RealIdentifier } from './guards/synthetic-data.js';
export { createSyntheticDataGuard, findRealIdentifiers, maskRealIdentifiers } from './guards/synthetic-data.js';
export { createTestPartyGuard, findPartyIdentifiers, knownTestParties } from './guards/test-parties.js';
export type { HttpClient, HttpClientOptions, HttpRequest, HttpResponse, RequestGuard } from './http/http-client.js';
export { createHttpClient, HttpError, ResponseTooLargeError } from './http/http-client.js';
export type { ClaimExpectations } from './maskinporten/claims.js';
export { checkTokenClaims, displayClaims } from './maskinporten/claims.js';
export type { GrantOptions, SystembrukerRequest } from './maskinporten/grant.js';
export { createGrant } from './maskinporten/grant.js';
export type { CertificateInfo, KeyInput, MaskinportenKey } from './maskinporten/key-material.js';
export { importMaskinportenKey } from './maskinporten/key-material.js';
export type { TokenExchange, TokenResponse } from './maskinporten/token-client.js';
export { requestToken } from './maskinporten/token-client.js';
export type {
  AccessToken,
  MaskinportenClient,
  TokenProvider,
  TokenProviderOptions,
} from './maskinporten/token-provider.js';
export { createTokenProvider, decodeAccessToken } from './maskinporten/token-provider.js';
export type { ClassifiedExchange } from './observed/classify.js';
export { classifyExchanges } from './observed/classify.js';
export type { ClientJudgement, ClientTrafficInput } from './observed/judge-traffic.js';
export { CLIENT_JUDGES, judgeClientTraffic } from './observed/judge-traffic.js';
export type { JudgeContext, Observation, TrafficJudge, TrafficJudgement } from './observed/observation.js';
export type { PactInteraction, ParsedPact } from './pact/parse-pact.js';
export { parsePact } from './pact/parse-pact.js';
export type { PactInteractionResult, PactReport, VerifyPactOptions } from './pact/verify-pact.js';
export { verifyPact } from './pact/verify-pact.js';
export type { CheckSelection, PresetName } from './presets.js';
export { describeSelection, PRESET_NAMES, PRESETS, selectChecks } from './presets.js';
export { describeContracts, loadTargetContracts } from './targets/contracts.js';
export type { OpenTargetOptions } from './targets/open-target.js';
export { openTarget, TARGET_KINDS } from './targets/open-target.js';
export type { MaskinportenSettings, RemoteTargetOptions } from './targets/remote-target.js';
export { toFaultSpec } from './targets/simulator-control.js';
export type { SimulatorTargetOptions } from './targets/simulator-target.js';
export { subjectFor } from './targets/subject.js';
export type {
  ElanBaseUrls,
  FaultRequest,
  ObservedScenario,
  ObservedSession,
  SimulatorControl,
  Target,
  TrafficObserver,
} from './targets/target.js';
export type { AdapterAnswer, ScenarioCard, VendorAdapter } from './targets/vendor/adapter-contract.js';
export {
  ADAPTER_INTERFACE_VERSION,
  adapterAnswerSchema,
  isScenarioCard,
  parseAdapterAnswer,
  parseAdapterOutput,
  scenarioCardSchema,
} from './targets/vendor/adapter-contract.js';
export type { TrafficStep, VendorScenario } from './targets/vendor/scenarios.js';
export {
  DEFAULT_VENDOR_SCENARIOS,
  fillText,
  isScenarioComplete,
  KONTROLLUTSLAG_GROUP_SCENARIOS,
  kontrollutslagKoder,
  scenarioParties,
  VENDOR_SCENARIOS,
} from './targets/vendor/scenarios.js';
export type { PersonPrompt } from './targets/vendor/vendor-observer.js';
export type { VendorTargetOptions } from './targets/vendor-target.js';
export type {
  TenorKilde,
  TenorPage,
  TenorSearchOptions,
  TenorSearchProgress,
  TenorSearchResult,
} from './tenor/search-tenor.js';
export { searchTenor } from './tenor/search-tenor.js';
