import { MIN_BACKOFF_SECONDS } from '../../assumptions.js';
import { parseRetryAfter } from '../../client/retry-after.js';
import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { headerValue } from '../../http/elan-headers.js';
import { type ClassifiedExchange, describeExchange, isApiCall, seconds } from '../../observed/classify.js';
import { judged, notObserved, type Observation, type TrafficJudge } from '../../observed/observation.js';
import { runObserved } from '../../observed/run-observed.js';

/** After each 429/503 (of `statuses`), the next call of the same operation comes no sooner than Retry-After. */
export function backoffFindings(
  items: readonly ClassifiedExchange[],
  statuses: readonly number[],
): { findings: BilingualFinding[]; provoked: ClassifiedExchange[] } {
  const api = items.filter(isApiCall);
  const findings: BilingualFinding[] = [];
  const provoked = api.filter((item) => statuses.includes(item.exchange.status ?? 0));
  for (const item of provoked) {
    const status = item.exchange.status;
    const retryAfter = parseRetryAfter(
      headerValue(item.exchange.response?.headers ?? {}, 'retry-after'),
      new Date(item.timeMs),
    );
    const minimumMs = (retryAfter ?? MIN_BACKOFF_SECONDS) * 1000;
    const next = api.find(
      (later) =>
        later.timeMs >= item.timeMs && api.indexOf(later) > api.indexOf(item) && later.operationId === item.operationId,
    );
    if (!next) continue;
    const waitedMs = next.timeMs - item.timeMs;
    if (waitedMs >= minimumMs) continue;
    const waited = seconds(waitedMs);
    const minimum = seconds(minimumMs);
    const said =
      retryAfter === undefined
        ? {
            en: `without Retry-After the kit expects at least ${minimum.en}`,
            nb: `uten Retry-After venter verktøyet minst ${minimum.nb}`,
          }
        : { en: `Retry-After said ${minimum.en}`, nb: `Retry-After sa ${minimum.nb}` };
    findings.push(
      finding(
        retryAfter === undefined ? 'NO_BACKOFF' : 'RETRY_AFTER_IGNORED',
        {
          en: `After ${status} in ${describeExchange(item)} the client came back after ${waited.en} with ${describeExchange(next)}; ${said.en}: wait at least that long.`,
          nb: `Etter ${status} i ${describeExchange(item)} kom klienten tilbake etter ${waited.nb} med ${describeExchange(next)}; ${said.nb}: vent minst så lenge.`,
        },
        { expected: `wait at least ${minimum.en}`, actual: waited.en, exchangeId: next.exchange.id },
      ),
    );
  }
  return { findings, provoked };
}

/** The backoff judgement for some statuses, skipped when none of them was observed. */
export function judgeBackoffFor(statuses: readonly number[], scenarioIds: readonly string[]): TrafficJudge {
  return (observation: Observation) => {
    const { findings, provoked } = backoffFindings(observation.items, statuses);
    if (provoked.length === 0) {
      return notObserved(
        observation,
        `NO_${statuses.join('_')}_OBSERVED`,
        {
          en: `The client received no ${statuses.join(' or ')} answer, so no such answer was observed to judge its backoff.`,
          nb: `Klienten fikk ikke noe ${statuses.join(' eller ')}-svar, så ingen slike svar ble observert å vurdere ventingen etter.`,
        },
        scenarioIds,
      );
    }
    return judged(observation, findings, (item) => provoked.includes(item));
  };
}

export const judgeBackoff: TrafficJudge = judgeBackoffFor([429, 503], ['rate-limited', 'service-unavailable']);

export default defineCheck({
  id: 'client-backoff',
  section: '4',
  title: { nb: 'Venter ved 429 og 503 (Retry-After)', en: 'Backs off on 429 and 503 (Retry-After)' },
  description: {
    nb: `Etter 429 Too Many Requests eller 503 Service Unavailable venter klienten minst så lenge Retry-After sier (uten Retry-After minst ${MIN_BACKOFF_SECONDS} s) før neste forsøk.`,
    en: `After 429 Too Many Requests or 503 Service Unavailable the client waits at least as long as Retry-After says (without Retry-After at least ${MIN_BACKOFF_SECONDS} s) before trying again.`,
  },
  severity: 'required',
  reference: 'Sjekkliste 4 (robust feilhåndtering); RFC 9110 §10.2.3 Retry-After',
  assumptions: ['A-KLIENT-BACKOFF'],
  targets: ['simulator', 'vendor'],
  run: (context) => runObserved(context, judgeBackoff),
});
