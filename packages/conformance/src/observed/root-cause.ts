import { validateExchange } from '../checks/support/contract.js';
import type { BilingualFinding } from '../engine/finding.js';
import { finding } from '../engine/finding.js';
import { type ClassifiedExchange, describeExchange } from './classify.js';
import { type Observation, sessionFinding, type TrafficJudgement } from './observation.js';

/** Answers with which the API refuses a request it could not accept as sent. */
const REFUSED = new Set([400, 415, 422]);

/** A request the API refused because it broke the contract, and the check that fails that root cause. */
export interface ContractRefusal {
  readonly item: ClassifiedExchange;
  /** `client-message-ids` for a missing Korrelasjonsid or Meldingsid; `contract-conformance` for anything else. */
  readonly check: 'client-message-ids' | 'contract-conformance';
  readonly problem: BilingualFinding;
}

const MESSAGE_ID_HEADER = /request header (korrelasjonsid|meldingsid) is missing/i;

/**
 * Why the API refused a request, when the request itself broke the contract (a missing header, a body the
 * schema rejects); undefined for an answer the client could not have prevented by following the contract.
 */
export function contractRefusal(observation: Observation, item: ClassifiedExchange): ContractRefusal | undefined {
  if (!REFUSED.has(item.exchange.status ?? 0)) return undefined;
  const problems = validateExchange(item.exchange, observation.contracts, { requests: true, responses: false });
  const messageIds = problems.find(
    (p) => p.code === 'CONTRACT_REQUEST_HEADER_INVALID' && MESSAGE_ID_HEADER.test(p.message),
  );
  const problem = messageIds ?? problems[0];
  if (!problem) return undefined;
  return { item, check: messageIds ? 'client-message-ids' : 'contract-conformance', problem };
}

/**
 * A skip for a check that could not be reached because the API refused the client's request for a contract
 * error another check already fails: it names that check, so the summary leads with the root cause.
 */
export function blockedByRootCause(
  observation: Observation,
  refusal: ContractRefusal,
  what: { en: string; nb: string },
): TrafficJudgement {
  const at = describeExchange(refusal.item);
  return {
    outcome: {
      status: 'skip',
      findings: [
        sessionFinding(observation),
        finding(
          'BLOCKED_BY_ROOT_CAUSE',
          {
            en: `${what.en} could not be judged: the API refused ${at} because the request broke the contract, which ${refusal.check} fails (${refusal.problem.message}).`,
            nb: `${what.nb} kunne ikke vurderes: API-et avviste ${at} fordi forespørselen brøt kontrakten, som ${refusal.check} feiler (${refusal.problem.messageNb}).`,
          },
          { severity: 'info', exchangeId: refusal.item.exchange.id, actual: refusal.check },
        ),
      ],
    },
    evidence: [refusal.item.exchange],
  };
}
