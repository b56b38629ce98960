export type { InspectorAssumption } from './assumptions.js';
export { INSPECTOR_ASSUMPTIONS } from './assumptions.js';
export type { InspectorErrorCode } from './errors.js';
export { InspectorError } from './errors.js';
export type { FinishResult, Inspector, InspectorOptions } from './inspector.js';
export { API_PREFIX, createInspector, INSPECTOR_PREFIX } from './inspector.js';
export type { ClientJudgements } from './judge/client-checks.js';
export type {
  AnnotatedKontrollutslag,
  ExchangeJudgement,
  ExchangeSummary,
  LocatedFinding,
  Verdict,
} from './judge/exchange-judgement.js';
export { VERDICTS } from './judge/exchange-judgement.js';
export type { ScenarioState } from './judge/scenarios.js';
export type { SourceEvent, TrafficSource } from './source.js';
export { simulatorSource } from './sources/simulator-source.js';
