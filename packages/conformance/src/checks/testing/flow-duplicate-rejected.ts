import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { fail, judge } from '../../engine/outcomes.js';
import { createPayloads, prepareSubmission } from '../support/payloads.js';
import { describeAnswer, kontrollutslagCodes } from '../support/problem.js';
import { expectStatus } from '../support/steps.js';

const CODE = 'DUPLIKAT_INNSENDING';

export default defineCheck({
  id: 'flow-duplicate-rejected',
  section: '5',
  title: { nb: 'Duplikat innsending avvises', en: 'A duplicate submission is rejected' },
  description: {
    nb: `Samme utleggsbegjæring (samme begjæringsdato og innsenderReferanse) sendt to ganger avvises andre gang med 422 ${CODE}.`,
    en: `The same utleggsbegjæring (same begjæringsdato and innsenderReferanse) sent twice is refused the second time with 422 ${CODE}.`,
  },
  severity: 'required',
  reference: `Skatteetaten, Utleggsbegjæring API, fane «Feilkoder»: ${CODE}`,
  targets: ['simulator', 'test', 'url'],
  async run(context) {
    const payloads = await createPayloads(context);
    const prepared = await prepareSubmission(context, payloads.build({ saksoekt: payloads.freshDebtor() }));
    const first = await context.api.opprett(prepared.document);
    const firstProblem = expectStatus({ en: 'First submission', nb: 'Første innsending' }, first, [201]);
    if (firstProblem) return fail([...prepared.problems, firstProblem]);
    const second = await context.api.opprett(prepared.document, { note: 'the same begjæring again, on purpose' });
    const codes = kontrollutslagCodes(second.body);
    const findings: BilingualFinding[] = [...prepared.problems];
    if (second.status === 409) {
      context.note({
        en: 'A duplicate submission answered 409 (the 2023 contract) instead of 422 DUPLIKAT_INNSENDING; accepted.',
        nb: 'En dobbel innsending fikk svaret 409 (kontrakten fra 2023) i stedet for 422 DUPLIKAT_INNSENDING; godtatt.',
      });
    } else if (second.status !== 422 || !codes.includes(CODE)) {
      findings.push(
        finding(
          'DUPLICATE_NOT_REJECTED',
          {
            en: `The second, identical submission answered ${describeAnswer(second)}, not 422 with ${CODE}.`,
            nb: `Den andre, identiske innsendingen svarte ${describeAnswer(second, 'nb')}, ikke 422 med ${CODE}.`,
          },
          {
            expected: { status: 422, kontrollutslag: [CODE] },
            actual: { status: second.status, kontrollutslag: codes },
            exchangeId: second.exchange.id,
          },
        ),
      );
    }
    return judge(findings, [CODE]);
  },
});
