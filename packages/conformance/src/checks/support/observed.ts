import type { Finding } from '@elan-kit/schemas';
import type { CheckContext, CheckOutcome } from '../../engine/check.js';
import { skip } from '../../engine/outcomes.js';
import type { ObservedSession } from '../../targets/target.js';
import { type ClassifiedExchange, classifyExchanges } from './traffic.js';

export interface Observation {
  readonly session: ObservedSession;
  readonly items: readonly ClassifiedExchange[];
}

/**
 * The client session observed-traffic checks judge: the vendor's system (vendor target) or the kit's reference
 * client (simulator target). Run once per run and shared by every check that asks.
 */
export async function observe(context: CheckContext): Promise<Observation | CheckOutcome> {
  const observer = context.target.observer;
  if (!observer) {
    return skip('NO_OBSERVED_TRAFFIC', `The ${context.target.kind} target records no client traffic to judge.`);
  }
  const session = await context.memo('observed-session', () =>
    observer.observe({ signal: context.signal, log: context.log }),
  );
  return { session, items: classifyExchanges(session.exchanges, context.target.contracts) };
}

export function isObservation(value: Observation | CheckOutcome): value is Observation {
  return 'session' in value;
}

/** Adds the judged exchanges to the check's evidence (only those a finding names, plus `extra`). */
export function attachEvidence(
  context: CheckContext,
  observation: Observation,
  findings: readonly Finding[],
  extra: (item: ClassifiedExchange) => boolean,
): void {
  const named = new Set(findings.map((finding) => finding.exchangeId).filter(Boolean));
  for (const item of observation.items) {
    if (named.has(item.exchange.id) || extra(item)) context.evidence.add(item.exchange);
  }
}

/** Who was judged, for the evidence trail. */
export function sessionFinding(observation: Observation): Finding {
  const who =
    observation.session.client === 'vendor'
      ? "the vendor's system (traffic recorded by the kit)"
      : "the kit's reference client (the simulator target has no vendor system; run --target vendor to judge yours)";
  return {
    code: 'OBSERVED_CLIENT',
    severity: 'info',
    message: `Judged ${observation.items.length} recorded exchange(s) of ${who}.`,
  };
}
