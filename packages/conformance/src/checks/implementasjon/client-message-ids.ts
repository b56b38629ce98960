import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { headerValue } from '../../http/elan-headers.js';
import { type ClassifiedExchange, describeExchange, isApiCall } from '../../observed/classify.js';
import { judged, notObserved, type TrafficJudge } from '../../observed/observation.js';
import { runObserved } from '../../observed/run-observed.js';

/** Answers after which sending the very same message again (same Meldingsid) is a retry, not a new message. */
const RETRYABLE = new Set([401, 408, 429, 500, 502, 503, 504]);

function ids(item: ClassifiedExchange): { korrelasjonsid?: string; meldingsid?: string } {
  const headers = item.exchange.request.headers;
  const korrelasjonsid = headerValue(headers, 'korrelasjonsid') ?? item.exchange.korrelasjonsid;
  const meldingsid = headerValue(headers, 'meldingsid') ?? item.exchange.meldingsid;
  return { ...(korrelasjonsid ? { korrelasjonsid } : {}), ...(meldingsid ? { meldingsid } : {}) };
}

function innsenderReferanse(item: ClassifiedExchange): string | undefined {
  const body = item.exchange.request.body as { innsenderReferanse?: unknown } | undefined;
  return typeof body?.innsenderReferanse === 'string' ? body.innsenderReferanse : undefined;
}

/**
 * Checklist 4: every message carries a Korrelasjonsid and a new Meldingsid (the same Meldingsid only for a retry
 * of the same request after 401/408/429/5xx), and a Korrelasjonsid belongs to one business operation: not to two
 * scenarios, not to two new begjæringer.
 */
export const judgeMessageIds: TrafficJudge = (observation) => {
  const api = observation.items.filter(isApiCall);
  if (api.length === 0) {
    return notObserved(
      observation,
      'NO_API_CALL_OBSERVED',
      { en: 'No ELAN API call was observed.', nb: 'Ingen kall til ELAN-API-ene ble observert.' },
      ['full-flow'],
    );
  }
  const findings: BilingualFinding[] = [];
  const missing = api.filter((item) => !ids(item).korrelasjonsid || !ids(item).meldingsid);
  for (const item of missing.slice(0, 5)) {
    const absent = [ids(item).korrelasjonsid ? '' : 'Korrelasjonsid', ids(item).meldingsid ? '' : 'Meldingsid']
      .filter(Boolean)
      .join(' og ');
    findings.push(
      finding(
        'MESSAGE_ID_MISSING',
        {
          en: `${describeExchange(item)} was sent without ${absent.replace(' og ', ' and ')}: send a Korrelasjonsid per business operation and a new Meldingsid per message.`,
          nb: `${describeExchange(item)} ble sendt uten ${absent}: send én Korrelasjonsid per forretningsoperasjon og en ny Meldingsid per melding.`,
        },
        { expected: ['Korrelasjonsid', 'Meldingsid'], exchangeId: item.exchange.id },
      ),
    );
  }
  const byMeldingsid = new Map<string, ClassifiedExchange>();
  let repeatedMeldingsid = 0;
  for (const item of api) {
    const { meldingsid } = ids(item);
    if (!meldingsid) continue;
    const earlier = byMeldingsid.get(meldingsid);
    byMeldingsid.set(meldingsid, item);
    if (!earlier) continue;
    const retry =
      RETRYABLE.has(earlier.exchange.status ?? 0) &&
      earlier.exchange.method === item.exchange.method &&
      earlier.exchange.url === item.exchange.url;
    if (retry || repeatedMeldingsid++ >= 3) continue;
    findings.push(
      finding(
        'MELDINGSID_REUSED',
        {
          en: `${describeExchange(item)} reused Meldingsid ${meldingsid} of ${describeExchange(earlier)}: every message needs a new Meldingsid (a UUID).`,
          nb: `${describeExchange(item)} brukte Meldingsid ${meldingsid} fra ${describeExchange(earlier)} om igjen: hver melding skal ha en ny Meldingsid (en UUID).`,
        },
        { expected: 'a new Meldingsid', actual: meldingsid, exchangeId: item.exchange.id },
      ),
    );
  }
  const byKorrelasjonsid = new Map<string, ClassifiedExchange[]>();
  for (const item of api) {
    const { korrelasjonsid } = ids(item);
    if (korrelasjonsid) byKorrelasjonsid.set(korrelasjonsid, [...(byKorrelasjonsid.get(korrelasjonsid) ?? []), item]);
  }
  for (const [korrelasjonsid, items] of byKorrelasjonsid) {
    const scenarios = new Set(items.map((item) => item.scenario).filter(Boolean));
    const submissions = new Set(
      items
        .filter((item) => item.operationId === 'opprettBegjaering')
        .map(innsenderReferanse)
        .filter(Boolean),
    );
    if (scenarios.size < 2 && submissions.size < 2) continue;
    const last = items.at(-1)!;
    const spread =
      scenarios.size >= 2
        ? { en: `${scenarios.size} scenarios`, nb: `${scenarios.size} scenarier` }
        : {
            en: `${submissions.size} different new begjæringer`,
            nb: `${submissions.size} ulike nye utleggsbegjæringer`,
          };
    findings.push(
      finding(
        'KORRELASJONSID_SHARED',
        {
          en: `Korrelasjonsid ${korrelasjonsid} was used on ${items.length} messages across ${spread.en} (last: ${describeExchange(last)}): use one Korrelasjonsid per business operation, not a fixed value.`,
          nb: `Korrelasjonsid ${korrelasjonsid} ble brukt på ${items.length} meldinger fordelt på ${spread.nb} (siste: ${describeExchange(last)}): bruk én Korrelasjonsid per forretningsoperasjon, ikke en fast verdi.`,
        },
        { expected: 'one Korrelasjonsid per business operation', actual: korrelasjonsid, exchangeId: last.exchange.id },
      ),
    );
  }
  return judged(observation, findings);
};

export default defineCheck({
  id: 'client-message-ids',
  section: '4',
  title: { nb: 'Korrelasjonsid og Meldingsid brukes riktig', en: 'Korrelasjonsid and Meldingsid are used right' },
  description: {
    nb: 'Hver melding har Korrelasjonsid og en ny Meldingsid; samme Korrelasjonsid brukes for én forretningsoperasjon, ikke for alle meldinger.',
    en: 'Every message carries a Korrelasjonsid and a new Meldingsid; one Korrelasjonsid is used per business operation, not for every message.',
  },
  severity: 'required',
  reference:
    'Sjekkliste 4 (Følg API-spesifikasjonen); Skatteetaten, Utleggsbegjæring API: hodene Korrelasjonsid og Meldingsid',
  assumptions: ['A-KLIENT-MELDINGSID'],
  targets: ['simulator', 'vendor'],
  run: (context) => runObserved(context, judgeMessageIds),
});
