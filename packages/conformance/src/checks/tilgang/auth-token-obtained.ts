import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { judge } from '../../engine/outcomes.js';
import { checkTokenClaims } from '../../maskinporten/claims.js';
import { describeExchange, isApiCall } from '../../observed/classify.js';
import { judged, type TrafficJudge } from '../../observed/observation.js';
import { runObserved } from '../../observed/run-observed.js';
import { isAccessToken, obtainToken } from '../support/token.js';

/**
 * The vendor's tokens, judged from the ELAN traffic alone: the API accepted a bearer token, issued for the right
 * organisation and scope. Where the token came from (the kit's Maskinporten stand-in, or Maskinporten test
 * itself) does not matter.
 */
export const judgeTokenObtained: TrafficJudge = (observation, context) => {
  const withToken = observation.items.filter((item) => isApiCall(item) && item.exchange.token);
  const accepted = withToken.filter((item) => ![401, 403].includes(item.exchange.status ?? 0));
  const findings: BilingualFinding[] = [];
  if (accepted.length === 0) {
    findings.push(
      finding(
        'NO_TOKEN_ACCEPTED',
        {
          en: `No call to the ELAN APIs carried a token the API accepted (${withToken.length} call(s) with a token, ${observation.items.filter(isApiCall).length} call(s) in all): fetch a Maskinporten token and send it as Authorization: Bearer.`,
          nb: `Ingen kall til ELAN-API-ene hadde et tilgangstoken som API-et godtok (${withToken.length} kall med tilgangstoken, ${observation.items.filter(isApiCall).length} kall i alt): hent et tilgangstoken fra Maskinporten og send det som Authorization: Bearer.`,
        },
        withToken[0] ? { exchangeId: withToken[0].exchange.id } : {},
      ),
    );
    return judged(observation, findings);
  }
  const wanted = context.expectations;
  const seen = new Set<string>();
  for (const item of accepted) {
    const token = item.exchange.token!;
    if (seen.has(token.fingerprint)) continue;
    seen.add(token.fingerprint);
    if (wanted?.consumerOrgnr && token.consumer && token.consumer !== wanted.consumerOrgnr) {
      findings.push(
        finding(
          'TOKEN_CONSUMER_MISMATCH',
          {
            en: `${describeExchange(item)} carried a token for organisation ${token.consumer}, not ${wanted.consumerOrgnr}.`,
            nb: `${describeExchange(item)} hadde et tilgangstoken for organisasjonen ${token.consumer}, ikke ${wanted.consumerOrgnr}.`,
          },
          { expected: wanted.consumerOrgnr, actual: token.consumer, exchangeId: item.exchange.id },
        ),
      );
    }
    if (wanted?.scope && token.scope !== undefined && !token.scope.split(' ').includes(wanted.scope)) {
      findings.push(
        finding(
          'TOKEN_SCOPE_MISSING',
          {
            en: `${describeExchange(item)} carried a token with scope "${token.scope}", without ${wanted.scope}.`,
            nb: `${describeExchange(item)} hadde et tilgangstoken med scope «${token.scope}», uten ${wanted.scope}.`,
          },
          { expected: wanted.scope, actual: token.scope, exchangeId: item.exchange.id },
        ),
      );
    }
  }
  findings.unshift(
    finding(
      'TOKENS_SEEN',
      {
        en: `${seen.size} token(s) accepted by the ELAN APIs in ${accepted.length} call(s).`,
        nb: `${seen.size} tilgangstoken(er) godtatt av ELAN-API-ene i ${accepted.length} kall.`,
      },
      { severity: 'info' },
    ),
  );
  return judged(observation, findings, (item) => item === accepted[0]);
};

export default defineCheck({
  id: 'auth-token-obtained',
  section: '2',
  title: { nb: 'Token hentes med riktig org.nr. og scope', en: 'A token is obtained with the right orgnr and scope' },
  description: {
    nb: 'Maskinporten utsteder et token til klienten, for riktig organisasjonsnummer (consumer) og med scope skatteetaten:utleggsbegjaering.',
    en: 'Maskinporten issues a token to the client, for the right organisation number (consumer) and with the scope skatteetaten:utleggsbegjaering.',
  },
  severity: 'required',
  reference: 'Sjekkliste 2: «Test uthenting av token med korrekt org.nr. via Maskinporten»',
  async run(context) {
    if (context.target.kind === 'vendor') return runObserved(context, judgeTokenObtained);
    const token = await obtainToken(context, { fresh: true });
    if (!isAccessToken(token)) return token;
    const expectations = context.target.expectations;
    const findings: BilingualFinding[] = checkTokenClaims(token.claims, expectations).filter((item) =>
      ['TOKEN_CONSUMER_MISSING', 'TOKEN_CONSUMER_MISMATCH', 'TOKEN_SCOPE_MISSING'].includes(item.code),
    );
    const endpoint = context.target.tokens?.client.tokenEndpoint;
    const lifetime = `expires_in ${token.response.expires_in} s, scope "${token.response.scope ?? token.claims['scope'] ?? ''}"`;
    findings.unshift(
      finding(
        'TOKEN_OBTAINED',
        {
          en: `Token obtained from ${endpoint} (${lifetime}).`,
          nb: `Tilgangstoken hentet fra ${endpoint} (${lifetime}).`,
        },
        {
          severity: 'info',
          actual: { consumer: token.claims['consumer'], scope: token.claims['scope'] },
          expected: { consumerOrgnr: expectations.consumerOrgnr, scope: expectations.scope },
        },
      ),
    );
    return judge(findings);
  },
});
