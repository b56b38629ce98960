import type { Finding } from '@elan-kit/schemas';
import { defineCheck } from '../../engine/check.js';
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
          {
            code: 'NO_TOKEN_OBTAINED',
            message: `Your system obtained no token from the kit's Maskinporten (${fetches.length} attempt(s)).`,
          },
        ]);
      }
      return judge([sessionFinding(observation)]);
    }
    const token = await obtainToken(context, { fresh: true });
    if (!isAccessToken(token)) return token;
    const expectations = context.target.expectations;
    const findings: Finding[] = checkTokenClaims(token.claims, expectations).filter((finding) =>
      ['TOKEN_CONSUMER_MISSING', 'TOKEN_CONSUMER_MISMATCH', 'TOKEN_SCOPE_MISSING'].includes(finding.code),
    );
    findings.unshift({
      code: 'TOKEN_OBTAINED',
      severity: 'info',
      message: `Token obtained from ${context.target.tokens?.client.tokenEndpoint} (expires_in ${token.response.expires_in} s, scope "${token.response.scope ?? token.claims['scope'] ?? ''}").`,
      actual: { consumer: token.claims['consumer'], scope: token.claims['scope'] },
      expected: { consumerOrgnr: expectations.consumerOrgnr, scope: expectations.scope },
    });
    return judge(findings);
  },
});
