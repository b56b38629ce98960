import { TOKEN_REUSE_MIN_USED_FRACTION } from '../../assumptions.js';
import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { describeExchange, seconds } from '../../observed/classify.js';
import { judged, notObserved, type TrafficJudge } from '../../observed/observation.js';
import { runObserved } from '../../observed/run-observed.js';
import { lifetimeSeconds, tokenUses } from '../../observed/tokens.js';

const PERCENT = Math.round(TOKEN_REUSE_MIN_USED_FRACTION * 100);

/**
 * Checklist 2: a token is reused until it is (nearly) used up. Judged per client process (per scenario on the
 * vendor target): a new token is needless when less than TOKEN_REUSE_MIN_USED_FRACTION of the previous one's
 * lifetime had passed and the API had not refused the previous one.
 */
export const judgeTokenReuse: TrafficJudge = (observation) => {
  const groups = tokenUses(observation.items);
  if (groups.size === 0) {
    return notObserved(
      observation,
      'NO_TOKEN_SEEN',
      { en: 'No API call carried a bearer token.', nb: 'Ingen API-kall hadde et tilgangstoken.' },
      ['full-flow'],
    );
  }
  const findings: BilingualFinding[] = [];
  // Recordings of a proxy do not show which process sent what: a restarted client rightly fetches a new token,
  // so there only a token for every request is judged.
  const processesKnown = observation.session.client === 'reference' || observation.session.scenarios.length > 0;
  for (const uses of groups.values()) {
    const calls = uses.reduce((sum, use) => sum + use.calls.length, 0);
    if (uses.length >= 3 && uses.length === calls) {
      const last = uses.at(-1)!;
      findings.push(
        finding(
          'TOKEN_PER_CALL',
          {
            en: `A new token for every request: ${uses.length} tokens for ${calls} API calls (last: ${describeExchange(last.first)}): fetch one token and reuse it until shortly before it expires.`,
            nb: `Nytt tilgangstoken for hvert kall: ${uses.length} tilgangstokener for ${calls} API-kall (siste: ${describeExchange(last.first)}): hent ett tilgangstoken og bruk det om igjen til kort før det utløper.`,
          },
          {
            expected: 'one token reused across calls',
            actual: { tokens: uses.length, apiCalls: calls },
            exchangeId: last.first.exchange.id,
          },
        ),
      );
      continue;
    }
    for (let index = 1; processesKnown && index < uses.length; index++) {
      const previous = uses[index - 1]!;
      const current = uses[index]!;
      const refused = previous.calls.some((call) => call.exchange.status === 401);
      const lifetime = lifetimeSeconds(previous.token);
      if (refused || lifetime === undefined) continue;
      const issuedMs =
        current.token.iat !== undefined && previous.token.iat !== undefined
          ? (current.token.iat - previous.token.iat) * 1000
          : current.first.timeMs - previous.first.timeMs;
      const minimumMs = lifetime * 1000 * TOKEN_REUSE_MIN_USED_FRACTION;
      if (issuedMs >= minimumMs) continue;
      const used = seconds(issuedMs);
      const min = seconds(minimumMs);
      findings.push(
        finding(
          'TOKEN_NOT_REUSED',
          {
            en: `${describeExchange(current.first)} carried a new token ${used.en} after the previous one, which lives ${lifetime} s and was not refused: reuse a token until at least ${PERCENT} % (${min.en}) of its lifetime has passed.`,
            nb: `${describeExchange(current.first)} hadde et nytt tilgangstoken ${used.nb} etter det forrige, som varer i ${lifetime} s og ikke var avvist: bruk tilgangstokenet om igjen til minst ${PERCENT} % (${min.nb}) av levetiden har gått.`,
          },
          {
            expected: `at least ${min.en} between tokens`,
            actual: used.en,
            exchangeId: current.first.exchange.id,
          },
        ),
      );
    }
  }
  return judged(observation, findings, (item) => item.operationId === 'token');
};

export default defineCheck({
  id: 'auth-token-reused',
  section: '2',
  title: { nb: 'Token gjenbrukes i levetiden', en: 'Tokens are reused within their lifetime' },
  description: {
    nb: `Klienten henter ikke nytt Maskinporten-token per kall, men gjenbruker tokenet til minst ${PERCENT} % av levetiden er brukt eller API-et avviser det. Vurderes per klientprosess (per scenario).`,
    en: `The client does not fetch a Maskinporten token per call but reuses it until at least ${PERCENT} % of its lifetime has passed or the API refuses it. Judged per client process (per scenario).`,
  },
  severity: 'required',
  reference: 'Sjekkliste 2 (Tilgang og autentisering); Skatteetaten: et token kan gjenbrukes i hele levetiden',
  assumptions: ['A-KLIENT-TOKEN'],
  targets: ['simulator', 'vendor'],
  run: (context) => runObserved(context, judgeTokenReuse),
});
