import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { judge } from '../../engine/outcomes.js';
import { checkTokenClaims, displayClaims } from '../../maskinporten/claims.js';
import { isAccessToken, obtainToken } from '../support/token.js';

const ALGORITHMS = ['RS256', 'RS384', 'RS512'];

export default defineCheck({
  id: 'auth-token-claims',
  section: '2',
  title: { nb: 'Tokenets claims er riktige', en: 'The token claims are right' },
  description: {
    nb: 'Tokenets claims vises og kontrolleres: consumer, scope, aud «unspecified» (ingen resource), utsteder, levetid, og systembruker-detaljer når systembruker brukes.',
    en: 'The token claims are shown and checked: consumer, scope, aud "unspecified" (no resource), issuer, lifetime, and system-user details when a system user is used.',
  },
  severity: 'required',
  reference:
    'Digdir, Maskinporten: tilgangstokenet (maskinporten_protocol_token); Skatteetaten, API-dokumentasjon: sikkerhet og systembruker',
  targets: ['simulator', 'test', 'url'],
  async run(context) {
    const token = await obtainToken(context);
    if (!isAccessToken(token)) return token;
    const findings: BilingualFinding[] = [
      finding(
        'TOKEN_CLAIMS',
        {
          en: 'Decoded claims of the access token (the token itself is never stored).',
          nb: 'Dekodede claims i tilgangstokenet (selve tokenet lagres aldri).',
        },
        {
          severity: 'info',
          actual: {
            header: { alg: token.header['alg'], kid: token.header['kid'] },
            claims: displayClaims(token.claims),
          },
        },
      ),
      ...checkTokenClaims(token.claims, context.target.expectations),
    ];
    const alg = token.header['alg'];
    if (typeof alg !== 'string' || !ALGORITHMS.includes(alg)) {
      findings.push(
        finding(
          'TOKEN_ALGORITHM_UNEXPECTED',
          {
            en: `The token is signed with ${String(alg)}; Maskinporten signs with RS256/RS384/RS512.`,
            nb: `Tilgangstokenet er signert med ${String(alg)}; Maskinporten signerer med RS256/RS384/RS512.`,
          },
          { expected: ALGORITHMS, actual: alg },
        ),
      );
    }
    return judge(findings);
  },
});
