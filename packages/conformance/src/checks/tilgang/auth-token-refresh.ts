import { TOKEN_REFRESH_MAX_ATTEMPTS } from '../../assumptions.js';
import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { describeExchange, isApiCall } from '../../observed/classify.js';
import { judged, notObserved, type TrafficJudge } from '../../observed/observation.js';
import { runObserved } from '../../observed/run-observed.js';

/**
 * Checklist 2 and 4: a token the API refuses with 401 (expired, revoked) is replaced by a new one once, and the
 * call is tried again with it: not again with the refused token, and not in a loop of new tokens.
 */
export const judgeTokenRefresh: TrafficJudge = (observation) => {
  const api = observation.items.filter(isApiCall);
  const refusals = api.filter((item) => item.exchange.status === 401 && item.exchange.token);
  if (refusals.length === 0) {
    return notObserved(
      observation,
      'NO_401_OBSERVED',
      {
        en: 'No API call with a token was answered 401, so refreshing could not be judged.',
        nb: 'Ingen API-kall med tilgangstoken fikk svaret 401, så fornyelse av tilgangstoken kunne ikke vurderes.',
      },
      ['token-expired', 'token-revoked'],
    );
  }
  const findings: BilingualFinding[] = [];
  const reported = new Set<string>();
  for (const refusal of refusals) {
    const fingerprint = refusal.exchange.token?.fingerprint;
    const later = api.filter(
      (item) => item.timeMs >= refusal.timeMs && item !== refusal && item.scenario === refusal.scenario,
    );
    const reused = later.find((item) => item.exchange.token?.fingerprint === fingerprint);
    if (reused && fingerprint && !reported.has(fingerprint)) {
      reported.add(fingerprint);
      findings.push(
        finding(
          'REFUSED_TOKEN_REUSED',
          {
            en: `${describeExchange(reused)} used the token the API had refused with 401 in ${describeExchange(refusal)}: fetch a new token after a 401.`,
            nb: `${describeExchange(reused)} brukte tilgangstokenet som API-et hadde avvist med 401 i ${describeExchange(refusal)}: hent et nytt tilgangstoken etter 401.`,
          },
          { expected: 'a new token after 401', exchangeId: reused.exchange.id },
        ),
      );
    }
  }
  // A loop: more refusals in a row (one scenario) than one refresh explains.
  const runs = new Map<string, number>();
  for (const item of api) {
    const key = item.scenario ?? '';
    const count = item.exchange.status === 401 ? (runs.get(key) ?? 0) + 1 : 0;
    runs.set(key, count);
    if (count === TOKEN_REFRESH_MAX_ATTEMPTS + 1) {
      findings.push(
        finding(
          'TOKEN_REFRESH_LOOP',
          {
            en: `${count} API calls in a row were answered 401, the last ${describeExchange(item)}: refresh the token once (at most ${TOKEN_REFRESH_MAX_ATTEMPTS} attempts), then stop and report the error.`,
            nb: `${count} API-kall på rad fikk svaret 401, det siste ${describeExchange(item)}: forny tilgangstokenet én gang (høyst ${TOKEN_REFRESH_MAX_ATTEMPTS} forsøk), og stopp så og meld feilen.`,
          },
          {
            expected: `at most ${TOKEN_REFRESH_MAX_ATTEMPTS} refused calls in a row`,
            actual: count,
            exchangeId: item.exchange.id,
          },
        ),
      );
    }
  }
  return judged(observation, findings, (item) => item.exchange.status === 401);
};

export default defineCheck({
  id: 'auth-token-refresh',
  section: '2',
  title: { nb: 'Nytt token én gang etter 401', en: 'A new token once after 401' },
  description: {
    nb: 'Når API-et avviser et tilgangstoken med 401 (utløpt eller tilbakekalt), henter klienten et nytt tilgangstoken én gang og prøver igjen – ikke med det avviste, og ikke i en løkke.',
    en: 'When the API refuses a token with 401 (expired or revoked), the client fetches a new token once and tries again – not with the refused one, and not in a loop.',
  },
  severity: 'required',
  reference: 'Sjekkliste 2 (Tilgang og autentisering) og 4 (robust feilhåndtering)',
  assumptions: ['A-KLIENT-TOKENFORNYELSE'],
  targets: ['vendor'],
  run: (context) => runObserved(context, judgeTokenRefresh),
});
