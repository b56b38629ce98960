import type { Attestation, Contract, Exchange } from '@elan-kit/schemas';
import type { CheckOutcome } from '../engine/check.js';
import { type BilingualFinding, finding } from '../engine/finding.js';
import type { ClaimExpectations } from '../maskinporten/claims.js';
import type { ObservedSession } from '../targets/target.js';
import { type ClassifiedExchange, classifyExchanges } from './classify.js';

/** A client session, classified: what every judgement of observed traffic reads. */
export interface Observation {
  readonly session: ObservedSession;
  readonly items: readonly ClassifiedExchange[];
  /** The contracts the items were classified by, for judgements that validate a request. */
  readonly contracts: readonly Contract[];
}

/** What a judgement may know besides the traffic. */
export interface JudgeContext {
  /** What the client's tokens must say (consumer orgnr, scope), when the run knows it. */
  readonly expectations?: Pick<ClaimExpectations, 'consumerOrgnr' | 'scope'>;
  /** The attestation the config holds for the check being judged. */
  readonly attestation?: Attestation;
}

/** A judgement of observed traffic: the outcome, and the exchanges it rests on (the check's evidence). */
export interface TrafficJudgement {
  readonly outcome: CheckOutcome;
  readonly evidence: readonly Exchange[];
}

export type TrafficJudge = (observation: Observation, context: JudgeContext) => TrafficJudgement;

export function observationOf(session: ObservedSession, contracts: readonly Contract[]): Observation {
  const scenarioById = new Map<string, string>();
  for (const scenario of session.scenarios) {
    for (const id of scenario.exchangeIds ?? []) scenarioById.set(id, scenario.id);
  }
  return {
    session,
    items: classifyExchanges(session.exchanges, contracts, (exchange) => scenarioById.get(exchange.id)),
    contracts,
  };
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

/**
 * Why nothing of a kind was observed, for a `skip`: the scenarios that should have provoked it and did not
 * complete (the root cause), or that no scenario was run (proxy recordings).
 */
export function whyNotObserved(observation: Observation, scenarioIds: readonly string[]): { en: string; nb: string } {
  const scenarios = observation.session.scenarios.filter((scenario) => scenarioIds.includes(scenario.id));
  if (scenarios.length === 0) {
    return {
      en: 'No scenario of this run provokes it (recorded traffic is judged as it is).',
      nb: 'Ingen scenarier i denne kjøringen fremkaller det (opptatt trafikk vurderes slik den er).',
    };
  }
  const open = scenarios.filter((scenario) => !scenario.completed);
  if (open.length === 0) {
    return {
      en: `Scenario ${scenarios.map((s) => s.id).join(', ')} completed without it.`,
      nb: `Scenario ${scenarios.map((s) => s.id).join(', ')} ble fullført uten det.`,
    };
  }
  return {
    en: `Scenario ${open.map((s) => `${s.id} did not complete${s.message ? ` (${s.message})` : ''}`).join('; ')}.`,
    nb: `Scenario ${open.map((s) => `${s.id} ble ikke fullført${(s.messageNb ?? s.message) ? ` (${s.messageNb ?? s.message})` : ''}`).join('; ')}.`,
  };
}

/** A skip that says what was not observed and why: the root cause, not a second failure of it. */
export function notObserved(
  observation: Observation,
  code: string,
  what: { en: string; nb: string },
  scenarioIds: readonly string[],
): TrafficJudgement {
  const why = whyNotObserved(observation, scenarioIds);
  return {
    outcome: {
      status: 'skip',
      findings: [
        sessionFinding(observation),
        finding(code, { en: `${what.en} ${why.en}`, nb: `${what.nb} ${why.nb}` }, { severity: 'info' }),
      ],
    },
    evidence: [],
  };
}

/** A judgement lists at most this many findings; the rest are counted. */
const MAX_FINDINGS_PER_CHECK = 10;

/** `fail` when a finding is an error, else `pass`; evidence is what the findings name plus what `keep` selects. */
export function judged(
  observation: Observation,
  findings: readonly BilingualFinding[],
  keep: (item: ClassifiedExchange) => boolean = () => false,
): TrafficJudgement {
  const kept = findings.slice(0, MAX_FINDINGS_PER_CHECK);
  if (findings.length > kept.length) {
    const more = findings.length - kept.length;
    kept.push(
      finding(
        'MORE_FINDINGS',
        {
          en: `${more} more finding(s) of the same kind are not listed.`,
          nb: `${more} funn til av samme slag er ikke listet opp.`,
        },
        { severity: 'info' },
      ),
    );
  }
  const named = new Set(kept.map((item) => item.exchangeId).filter(Boolean));
  const failed = findings.some((item) => (item.severity ?? 'error') === 'error');
  return {
    outcome: { status: failed ? 'fail' : 'pass', findings: [sessionFinding(observation), ...kept] },
    evidence: observation.items
      .filter((item) => named.has(item.exchange.id) || keep(item))
      .map((item) => item.exchange),
  };
}
