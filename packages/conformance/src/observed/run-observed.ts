import type { CheckContext, CheckOutcome } from '../engine/check.js';
import { skip } from '../engine/outcomes.js';
import { type Observation, observationOf, type TrafficJudge } from './observation.js';

/**
 * The client session observed-traffic checks judge: the vendor's system (vendor target) or the kit's reference
 * client (simulator target). Run once per run and shared by every check that asks.
 */
export async function observe(context: CheckContext): Promise<Observation | CheckOutcome> {
  const observer = context.target.observer;
  if (!observer) {
    return skip('NO_OBSERVED_TRAFFIC', {
      en: `The ${context.target.kind} target records no client traffic to judge.`,
      nb: `Testmålet ${context.target.kind} registrerer ingen klienttrafikk som kan vurderes.`,
    });
  }
  const session = await context.memo('observed-session', () =>
    observer.observe({ signal: context.signal, log: context.log }),
  );
  return observationOf(session, context.target.contracts);
}

export function isObservation(value: Observation | CheckOutcome): value is Observation {
  return 'session' in value;
}

/** Runs a judgement of observed traffic as a check: the same function `judgeClientTraffic` uses. */
export async function runObserved(context: CheckContext, judge: TrafficJudge): Promise<CheckOutcome> {
  const observation = await observe(context);
  if (!isObservation(observation)) return observation;
  const attestation = context.attestation();
  const { outcome, evidence } = judge(observation, {
    expectations: context.target.expectations,
    ...(attestation ? { attestation } : {}),
  });
  for (const exchange of evidence) context.evidence.add(exchange);
  return outcome;
}
