import { lookup } from 'node:dns/promises';
import type { Finding } from '@elan-kit/schemas';
import { defineCheck } from '../../engine/check.js';
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
    const findings: Finding[] = [];
    const urls = [context.target.baseUrls.utleggsbegjaering, context.target.tokens?.client.tokenEndpoint].filter(
      (url): url is string => typeof url === 'string',
    );
    for (const url of urls) {
      const host = new URL(url).hostname;
      try {
        const address = await lookup(host);
        findings.push({ code: 'DNS_OK', severity: 'info', message: `${host} resolves to ${address.address}.` });
      } catch (error) {
        return toolError(
          'DNS_FAILED',
          `${host} does not resolve: ${error instanceof Error ? error.message : String(error)}.`,
        );
      }
    }
    try {
      const response = await context.http.send({ method: 'GET', url: context.target.baseUrls.utleggsbegjaering });
      findings.push({
        code: 'TLS_OK',
        severity: 'info',
        message: `${context.target.baseUrls.utleggsbegjaering} answered ${response.status} over ${new URL(context.target.baseUrls.utleggsbegjaering).protocol.replace(':', '')}.`,
      });
    } catch (error) {
      if (error instanceof HttpError) {
        return toolError('UNREACHABLE', `The API cannot be reached: ${error.exchange.error ?? error.message}.`);
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
        {
          code: 'AUTH_REJECTED',
          message: `An authenticated call answered ${describeAnswer(response)}: the token is not accepted (scope, orgnr or access not granted).`,
          exchangeId: response.exchange.id,
        },
      ]);
    }
    findings.push({
      code: 'AUTH_OK',
      severity: 'info',
      message: `An authenticated status call answered ${response.status}.`,
    });
    return judge(findings);
  },
});
