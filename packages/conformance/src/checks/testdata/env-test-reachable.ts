import { lookup } from 'node:dns/promises';
import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { fail, judge, toolError } from '../../engine/outcomes.js';
import { HttpError } from '../../http/http-client.js';
import { createPayloads } from '../support/payloads.js';
import { describeAnswer } from '../support/problem.js';
import { isAccessToken, obtainToken } from '../support/token.js';

export default defineCheck({
  id: 'env-test-reachable',
  section: '3',
  title: { nb: 'Testmiljøet kan nås', en: 'The test environment is reachable' },
  description: {
    nb: 'Testmiljøet (api-test.sits.no) og Maskinporten (test.maskinporten.no) kan nås: navneoppslag (DNS), TLS og autentisering med token.',
    en: 'The test environment (api-test.sits.no) and Maskinporten (test.maskinporten.no) are reachable: name lookup (DNS), TLS and authentication with a token.',
  },
  severity: 'required',
  reference: 'Sjekkliste 3: «Koble til Skatteetatens testmiljø: https://api-test.sits.no»',
  targets: ['test', 'url'],
  async run(context) {
    const findings: BilingualFinding[] = [];
    const urls = [context.target.baseUrls.utleggsbegjaering, context.target.tokens?.client.tokenEndpoint].filter(
      (url): url is string => typeof url === 'string',
    );
    for (const url of urls) {
      const host = new URL(url).hostname;
      try {
        const address = await lookup(host);
        findings.push(
          finding(
            'DNS_OK',
            { en: `${host} resolves to ${address.address}.`, nb: `${host} slås opp til ${address.address}.` },
            { severity: 'info' },
          ),
        );
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return toolError('DNS_FAILED', {
          en: `${host} does not resolve: ${reason}.`,
          nb: `${host} kan ikke slås opp i DNS: ${reason}.`,
        });
      }
    }
    try {
      const response = await context.http.send({ method: 'GET', url: context.target.baseUrls.utleggsbegjaering });
      const base = context.target.baseUrls.utleggsbegjaering;
      const protocol = new URL(base).protocol.replace(':', '');
      findings.push(
        finding(
          'TLS_OK',
          {
            en: `${base} answered ${response.status} over ${protocol}.`,
            nb: `${base} svarte ${response.status} over ${protocol}.`,
          },
          { severity: 'info' },
        ),
      );
    } catch (error) {
      if (error instanceof HttpError) {
        const reason = error.exchange.error ?? error.message;
        return toolError('UNREACHABLE', {
          en: `The API cannot be reached: ${reason}.`,
          nb: `API-et kan ikke nås: ${reason}.`,
        });
      }
      throw error;
    }
    const token = await obtainToken(context);
    if (!isAccessToken(token)) return token;
    const payloads = await createPayloads(context);
    const response = await context.api.hentStatus(payloads.statusReference());
    if (response.status === 401 || response.status === 403) {
      return fail([
        ...findings,
        finding(
          'AUTH_REJECTED',
          {
            en: `An authenticated call answered ${describeAnswer(response)}: the token is not accepted (scope, orgnr or access not granted).`,
            nb: `Et autentisert kall svarte ${describeAnswer(response, 'nb')}: tilgangstokenet godtas ikke (scope, orgnr eller tilgang er ikke gitt).`,
          },
          { exchangeId: response.exchange.id },
        ),
      ]);
    }
    findings.push(
      finding(
        'AUTH_OK',
        {
          en: `An authenticated status call answered ${response.status}.`,
          nb: `Et autentisert kall til Status på sak svarte ${response.status}.`,
        },
        { severity: 'info' },
      ),
    );
    return judge(findings);
  },
});
