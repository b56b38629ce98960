import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { fail, judge } from '../../engine/outcomes.js';
import { checkTokenClaims } from '../../maskinporten/claims.js';
import { isObservation, observe, sessionFinding } from '../support/observed.js';
import { isAccessToken, obtainToken } from '../support/token.js';

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
    if (context.target.kind === 'vendor') {
      const observation = await observe(context);
      if (!isObservation(observation)) return observation;
      const fetches = observation.items.filter((item) => item.operationId === 'token');
      for (const item of fetches) context.evidence.add(item.exchange);
      if (!fetches.some((item) => item.exchange.status === 200)) {
        return fail([
          sessionFinding(observation),
          finding('NO_TOKEN_OBTAINED', {
            en: `Your system obtained no token from the kit's Maskinporten (${fetches.length} attempt(s)).`,
            nb: `Systemet ditt fikk ikke noe tilgangstoken fra verktøyets Maskinporten (${fetches.length} forsøk).`,
          }),
        ]);
      }
      return judge([sessionFinding(observation)]);
    }
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
