import type { Finding } from '@elan-kit/schemas';
import type { CheckContext, CheckOutcome } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
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
    return skip('NO_OBSERVED_TRAFFIC', {
      en: `The ${context.target.kind} target records no client traffic to judge.`,
      nb: `Testmålet ${context.target.kind} registrerer ingen klienttrafikk som kan vurderes.`,
    });
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
  const named = new Set(findings.map((item) => item.exchangeId).filter(Boolean));
  for (const item of observation.items) {
    if (named.has(item.exchange.id) || extra(item)) context.evidence.add(item.exchange);
  }
}

/** Who was judged, for the evidence trail. */
export function sessionFinding(observation: Observation): BilingualFinding {
  const count = observation.items.length;
  const text =
    observation.session.client === 'vendor'
      ? {
          en: `Judged ${count} recorded exchange(s) of the vendor's system (traffic recorded by the kit).`,
          nb: `Vurderte ${count} registrerte utveksling(er) fra leverandørens fagsystem (trafikk registrert av verktøyet).`,
        }
      : {
          en: `Judged ${count} recorded exchange(s) of the kit's reference client (the simulator target has no vendor system; run --target vendor to judge yours).`,
          nb: `Vurderte ${count} registrerte utveksling(er) fra verktøyets referanseklient (simulatoren har ikke noe fagsystem fra leverandøren; kjør med --target vendor for å vurdere ditt eget).`,
        };
  return finding('OBSERVED_CLIENT', text, { severity: 'info' });
}
