import type { Contract, Exchange, LocalizedText, Severity } from '@elan-kit/schemas';
import judgeBackoffCheck, { judgeBackoff, judgeBackoffFor } from '../checks/implementasjon/client-backoff.js';
import betjeningskartetCheck, {
  judgeBetjeningskartet,
} from '../checks/implementasjon/client-betjeningskartet-usage.js';
import kontrollutslagCheck, {
  judgeKontrollutslagSurfaced,
} from '../checks/implementasjon/client-kontrollutslag-surfaced.js';
import messageIdsCheck, { judgeMessageIds } from '../checks/implementasjon/client-message-ids.js';
import blindRetryCheck, { judgeNoBlindRetry } from '../checks/implementasjon/client-no-blind-retry.js';
import statusLoopCheck, { judgeStatusLoop } from '../checks/implementasjon/client-no-status-loop.js';
import pollingCheck, { judgePolling } from '../checks/implementasjon/client-polling-interval.js';
import fault429Check from '../checks/testing/fault-429-backoff.js';
import fault500Check, { judgeServerErrorHandling } from '../checks/testing/fault-500-error-body.js';
import fault503Check from '../checks/testing/fault-503-backoff.js';
import duplicateCheck, { judgeDuplicateHandled } from '../checks/testing/flow-duplicate-rejected.js';
import flowFullCheck, { judgeFullFlow } from '../checks/testing/flow-full.js';
import oldRegimeCheck, { judgeOldRegimeHandled } from '../checks/testing/flow-old-regime-rejected.js';
import tokenObtainedCheck, { judgeTokenObtained } from '../checks/tilgang/auth-token-obtained.js';
import tokenRefreshCheck, { judgeTokenRefresh } from '../checks/tilgang/auth-token-refresh.js';
import tokenReusedCheck, { judgeTokenReuse } from '../checks/tilgang/auth-token-reused.js';
import type { Check, CheckOutcome } from '../engine/check.js';
import type { ObservedSession } from '../targets/target.js';
import { type JudgeContext, observationOf, type TrafficJudge } from './observation.js';

/** Every judgement of a client's observed traffic, with the check it belongs to, in checklist order. */
export const CLIENT_JUDGES: ReadonlyArray<{ readonly check: Check; readonly judge: TrafficJudge }> = [
  { check: tokenObtainedCheck, judge: judgeTokenObtained },
  { check: tokenReusedCheck, judge: judgeTokenReuse },
  { check: tokenRefreshCheck, judge: judgeTokenRefresh },
  { check: blindRetryCheck, judge: judgeNoBlindRetry },
  { check: judgeBackoffCheck, judge: judgeBackoff },
  { check: kontrollutslagCheck, judge: judgeKontrollutslagSurfaced },
  { check: betjeningskartetCheck, judge: judgeBetjeningskartet },
  { check: pollingCheck, judge: judgePolling },
  { check: statusLoopCheck, judge: judgeStatusLoop },
  { check: messageIdsCheck, judge: judgeMessageIds },
  { check: flowFullCheck, judge: judgeFullFlow },
  { check: oldRegimeCheck, judge: judgeOldRegimeHandled },
  { check: duplicateCheck, judge: judgeDuplicateHandled },
  { check: fault503Check, judge: judgeBackoffFor([503], ['service-unavailable']) },
  { check: fault429Check, judge: judgeBackoffFor([429], ['rate-limited']) },
  { check: fault500Check, judge: judgeServerErrorHandling },
];

export interface ClientTrafficInput {
  readonly exchanges: readonly Exchange[];
  /** The contracts the exchanges are classified by (`loadTargetContracts(model)`). */
  readonly contracts: readonly Contract[];
  /** The scenarios run so far (vendor target); absent for proxy recordings. */
  readonly scenarios?: ObservedSession['scenarios'];
  readonly context?: JudgeContext;
}

export interface ClientJudgement {
  readonly id: string;
  readonly title: LocalizedText;
  readonly severity: Severity;
  readonly outcome: CheckOutcome;
  readonly evidence: readonly Exchange[];
}

/**
 * Judges a client's traffic: exchanges in, one outcome per client check out. The same judgements
 * `elan-kit run --target vendor` makes, for a live view of a client's behaviour so far.
 */
export function judgeClientTraffic(input: ClientTrafficInput): ClientJudgement[] {
  const observation = observationOf(
    { client: 'vendor', exchanges: input.exchanges, scenarios: input.scenarios ?? [] },
    input.contracts,
  );
  return CLIENT_JUDGES.map(({ check, judge }) => {
    const { outcome, evidence } = judge(observation, input.context ?? {});
    return { id: check.id, title: check.title, severity: check.severity, outcome, evidence };
  });
}
