import type { Exchange } from '@elan-kit/schemas';
import { NON_RETRYABLE_STATUSES } from '../../assumptions.js';
import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { describeExchange, isApiCall } from '../../observed/classify.js';
import { judged, notObserved, type TrafficJudge } from '../../observed/observation.js';
import { runObserved } from '../../observed/run-observed.js';

/** A request whose body was recorded whole (or that has none): only such requests can be compared. */
function comparable(exchange: Exchange): boolean {
  if (exchange.request.bodyTruncated) return false;
  if (exchange.request.body !== undefined) return true;
  const headers = exchange.request.headers;
  const length = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-length')?.[1];
  const type = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
  // No body recorded although one was sent: the server refused it before reading it.
  return !type && (length === undefined || length === '0');
}

function sameRequest(a: Exchange, b: Exchange): boolean {
  return a.method === b.method && a.url === b.url && JSON.stringify(a.request.body) === JSON.stringify(b.request.body);
}

/** Checklist 4: a request refused with a 4xx (not 401/408/429) is not sent again unchanged. */
export const judgeNoBlindRetry: TrafficJudge = (observation) => {
  const api = observation.items.filter(isApiCall);
  const refused = api.filter((item) => NON_RETRYABLE_STATUSES.includes(item.exchange.status ?? 0));
  if (refused.length === 0) {
    return notObserved(
      observation,
      'NO_REFUSAL_OBSERVED',
      {
        en: `No request was refused with ${NON_RETRYABLE_STATUSES.join('/')}, so retries could not be judged.`,
        nb: `Ingen forespørsel ble avvist med ${NON_RETRYABLE_STATUSES.join('/')}, så nye forsøk kunne ikke vurderes.`,
      },
      ['kontrollutslag', 'duplicate-submission'],
    );
  }
  const findings: BilingualFinding[] = [];
  const repeats = new Set<string>();
  for (const item of refused) {
    if (!comparable(item.exchange) || repeats.has(item.exchange.id)) continue;
    const repeat = api.find(
      (later) =>
        later.timeMs >= item.timeMs &&
        later !== item &&
        later.exchange.id !== item.exchange.id &&
        comparable(later.exchange) &&
        sameRequest(later.exchange, item.exchange) &&
        api.indexOf(later) > api.indexOf(item),
    );
    if (!repeat) continue;
    repeats.add(repeat.exchange.id);
    const status = item.exchange.status;
    findings.push(
      finding(
        'BLIND_RETRY_4XX',
        {
          en: `${describeExchange(item)} was refused with ${status}, and ${describeExchange(repeat)} sent it again unchanged: correct the request or show the error to the user; a ${status} does not go away by itself.`,
          nb: `${describeExchange(item)} ble avvist med ${status}, og ${describeExchange(repeat)} sendte den samme på nytt uendret: rett forespørselen eller vis feilen for brukeren; en ${status} går ikke over av seg selv.`,
        },
        {
          expected: `no unchanged resend after ${status}`,
          actual: { firstStatus: status, repeatedAt: repeat.exchange.time },
          exchangeId: repeat.exchange.id,
        },
      ),
    );
  }
  return judged(observation, findings, (item) => refused.includes(item));
};

export default defineCheck({
  id: 'client-no-blind-retry',
  section: '4',
  title: { nb: 'Ingen blind gjentakelse etter 4xx', en: 'No blind retry after a 4xx' },
  description: {
    nb: 'En forespørsel som avvises med 400, 403, 404, 409, 413, 415 eller 422 sendes ikke på nytt uendret. En forespørsel serveren avviste før den leste innholdet, sammenlignes ikke.',
    en: 'A request refused with 400, 403, 404, 409, 413, 415 or 422 is not sent again unchanged. A request the server refused before reading its body is not compared.',
  },
  severity: 'required',
  reference: 'Sjekkliste 4 (Sørg for robust feilhåndtering og validering)',
  targets: ['simulator', 'vendor'],
  run: (context) => runObserved(context, judgeNoBlindRetry),
});
