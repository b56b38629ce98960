import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, type FindingText, finding } from '../../engine/finding.js';
import { judge, toolError } from '../../engine/outcomes.js';
import type { HttpResponse } from '../../http/http-client.js';
import { DELIBERATE } from '../support/contract.js';
import { createPayloads } from '../support/payloads.js';
import { checkKorrelasjonsidEchoed } from '../support/problem.js';

export default defineCheck({
  id: 'contract-korrelasjonsid-echoed',
  section: '4',
  title: { nb: 'Korrelasjonsid returneres i feilsvar', en: 'Korrelasjonsid is echoed in error answers' },
  description: {
    nb: 'Feilsvar (400, 401, 404, 422) inneholder korrelasjonsid fra forespørselen, slik at feil kan spores på tvers av systemer.',
    en: 'Error answers (400, 401, 404, 422) carry the request’s korrelasjonsid so errors can be traced across systems.',
  },
  severity: 'required',
  reference: 'Skatteetaten, Utleggsbegjæring API: hodene Korrelasjonsid, Meldingsid og Klientid',
  assumptions: ['A-KONTRAKT-FEILSVAR'],
  targets: ['simulator', 'test', 'url'],
  async run(context) {
    const payloads = await createPayloads(context);
    const provocations: Array<[FindingText, () => Promise<HttpResponse>]> = [
      [
        { en: '400 (malformed JSON)', nb: '400 (ugyldig JSON)' },
        () =>
          context.api.send(
            { method: 'POST', url: `${context.target.baseUrls.utleggsbegjaering}/valider`, text: '{"broken": ' },
            { headers: { 'content-type': 'application/json' }, note: `${DELIBERATE} malformed JSON` },
          ),
      ],
      [
        { en: '401 (no token)', nb: '401 (uten tilgangstoken)' },
        () => context.api.validerNy(payloads.valid(), { auth: 'none' }),
      ],
      [{ en: '404 (unknown case)', nb: '404 (ukjent sak)' }, () => context.api.hentStatus(payloads.unknownReference())],
      [{ en: '422 (no claims)', nb: '422 (uten krav)' }, () => context.api.validerNy(payloads.invalid())],
    ];
    const findings: BilingualFinding[] = [];
    let judged = 0;
    for (const [label, provoke] of provocations) {
      const response = await provoke();
      if (response.status < 400) {
        findings.push(
          finding(
            'ERROR_NOT_PROVOKED',
            {
              en: `${label.en}: the request was answered ${response.status}, so no error answer could be judged.`,
              nb: `${label.nb}: forespørselen fikk svaret ${response.status}, så ingen feilsvar kunne vurderes.`,
            },
            { severity: 'warning', exchangeId: response.exchange.id },
          ),
        );
        continue;
      }
      judged++;
      findings.push(...checkKorrelasjonsidEchoed(response, label));
    }
    if (judged === 0) {
      return toolError('NO_ERROR_PROVOKED', {
        en: 'None of the provocations produced an error answer.',
        nb: 'Ingen av de provoserte forespørslene ga et feilsvar.',
      });
    }
    return judge(findings);
  },
});
