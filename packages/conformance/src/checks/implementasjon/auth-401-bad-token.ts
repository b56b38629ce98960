import { generateKeyPair, SignJWT } from 'jose';
import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, type FindingText, finding } from '../../engine/finding.js';
import { judge } from '../../engine/outcomes.js';
import { createPayloads } from '../support/payloads.js';
import { describeAnswer } from '../support/problem.js';
import { isAccessToken, obtainToken } from '../support/token.js';

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export default defineCheck({
  id: 'auth-401-bad-token',
  section: '4',
  title: { nb: '401 med ugyldig token', en: '401 with an invalid token' },
  description: {
    nb: 'Ugyldige token avvises med 401: søppel, et token signert med feil nøkkel, et usignert token (alg none) og et utløpt token.',
    en: 'Invalid tokens are refused with 401: garbage, a token signed with the wrong key, an unsigned token (alg none) and an expired token.',
  },
  severity: 'required',
  reference: 'Digdir, Maskinporten: veiledning for API-tilbydere (signatur, utsteder, utløp og scope)',
  targets: ['simulator', 'test', 'url'],
  async run(context) {
    const payloads = await createPayloads(context);
    const real = await obtainToken(context);
    const claims = isAccessToken(real)
      ? real.claims
      : {
          scope: context.target.expectations.scope,
          consumer: { authority: 'iso6523-actorid-upis', ID: '0192:310478717' },
        };
    const now = Math.floor(context.clock.now().getTime() / 1000);
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ ...claims, iat: now, exp: now + 120 })
      .setProtectedHeader({ alg: 'RS256', kid: String((isAccessToken(real) && real.header['kid']) || 'forged') })
      .sign(privateKey);
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...claims, iat: now, exp: now + 120 })}.`;
    // `label` goes into the evidence note as before; `text` names the token in the finding.
    const bad: Array<{ label: string; text: FindingText; bearer: string }> = [
      { label: 'garbage', text: { en: 'A token garbage', nb: 'Et tilgangstoken som er søppel' }, bearer: 'not-a-jwt' },
      {
        label: 'signed with a key that is not Maskinporten’s',
        text: {
          en: 'A token signed with a key that is not Maskinporten’s',
          nb: 'Et tilgangstoken signert med en nøkkel som ikke er Maskinportens',
        },
        bearer: forged,
      },
      {
        label: 'alg none (unsigned)',
        text: { en: 'A token alg none (unsigned)', nb: 'Et tilgangstoken med alg none (usignert)' },
        bearer: unsigned,
      },
    ];
    const findings: BilingualFinding[] = [];
    for (const { label, text, bearer } of bad) {
      const response = await context.api.validerNy(payloads.valid(), {
        auth: { bearer },
        note: `deliberate: ${label}`,
      });
      if (response.status !== 401) {
        findings.push(
          finding(
            'BAD_TOKEN_ACCEPTED',
            {
              en: `${text.en} answered ${describeAnswer(response)}, not 401.`,
              nb: `${text.nb} fikk svaret ${describeAnswer(response, 'nb')}, ikke 401.`,
            },
            { expected: 401, actual: response.status, exchangeId: response.exchange.id },
          ),
        );
      }
    }
    if (context.target.simulator && isAccessToken(real)) {
      // The simulator's clock can move past the token's expiry without waiting in real time.
      await context.clock.sleep(real.expiresAt.getTime() - context.clock.now().getTime() + 1000, context.signal);
      const response = await context.api.validerNy(payloads.valid(), {
        auth: { bearer: real.value },
        note: 'deliberate: expired token',
      });
      context.target.tokens?.invalidate();
      if (response.status !== 401) {
        findings.push(
          finding(
            'EXPIRED_TOKEN_ACCEPTED',
            {
              en: `An expired token answered ${describeAnswer(response)}, not 401.`,
              nb: `Et utløpt tilgangstoken fikk svaret ${describeAnswer(response, 'nb')}, ikke 401.`,
            },
            { expected: 401, actual: response.status, exchangeId: response.exchange.id },
          ),
        );
      }
    }
    return judge(findings);
  },
});
