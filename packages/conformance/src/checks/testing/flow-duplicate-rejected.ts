import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { fail, judge } from '../../engine/outcomes.js';
import { describeExchange } from '../../observed/classify.js';
import { judged, notObserved, type TrafficJudge } from '../../observed/observation.js';
import { runObserved } from '../../observed/run-observed.js';
import { createPayloads, prepareSubmission } from '../support/payloads.js';
import { describeAnswer, kontrollutslagCodes } from '../support/problem.js';
import { expectStatus } from '../support/steps.js';

const CODE = 'DUPLIKAT_INNSENDING';

/** The vendor's side: a duplicate submission was refused, and the system showed the refusal to its user. */
export const judgeDuplicateHandled: TrafficJudge = (observation) => {
  const refusals = observation.items.filter(
    (item) =>
      item.operationId === 'opprettBegjaering' &&
      item.exchange.status === 422 &&
      kontrollutslagCodes(item.exchange.response?.body).includes(CODE),
  );
  if (refusals.length === 0) {
    return notObserved(
      observation,
      'NO_DUPLICATE_OBSERVED',
      { en: `No submission was refused with ${CODE}.`, nb: `Ingen innsending ble avvist med ${CODE}.` },
      ['duplicate-submission'],
    );
  }
  const findings: BilingualFinding[] = [];
  for (const refusal of refusals) {
    const answer = observation.session.scenarios.find((entry) => entry.id === refusal.scenario)?.answer;
    if (answer && !(answer.kontrollutslag ?? []).includes(CODE)) {
      findings.push(
        finding(
          'DUPLICATE_NOT_SHOWN',
          {
            en: `${describeExchange(refusal)} refused the duplicate with ${CODE}, but the system did not show it to its user (its answer lists ${(answer.kontrollutslag ?? []).join(', ') || 'no kontrollutslag'}).`,
            nb: `${describeExchange(refusal)} avviste duplikatet med ${CODE}, men systemet viste det ikke til brukeren (svaret lister ${(answer.kontrollutslag ?? []).join(', ') || 'ingen kontrollutslag'}).`,
          },
          { expected: [CODE], actual: answer.kontrollutslag ?? [], exchangeId: refusal.exchange.id },
        ),
      );
    }
  }
  return judged(observation, findings, (item) => refusals.includes(item));
};

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
  targets: ['simulator', 'test', 'url', 'vendor'],
  async run(context) {
    if (context.target.kind === 'vendor') return runObserved(context, judgeDuplicateHandled);
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
