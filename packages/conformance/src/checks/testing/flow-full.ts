import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { fail, judge } from '../../engine/outcomes.js';
import { type ClassifiedExchange, describeExchange, isApiCall } from '../../observed/classify.js';
import { judged, type TrafficJudge } from '../../observed/observation.js';
import { blockedByRootCause, contractRefusal } from '../../observed/root-cause.js';
import { runObserved } from '../../observed/run-observed.js';
import { createPayloads, prepareSubmission } from '../support/payloads.js';
import { expectStatus, regelverkOf, stringField } from '../support/steps.js';

const FLOW = [
  'lastOppVedlegg',
  'validerNyBegjaering',
  'slaaOppRegelverk',
  'opprettBegjaering',
  'hentStatusPaaSak',
  'endreBegjaering',
  'hentStatusPaaSak',
] as const;

/** Lowers the first claim's remaining amount: a change the API must accept. */
function changed(document: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(document);
  const krav = Array.isArray(copy['kravTilInnkreving'])
    ? (copy['kravTilInnkreving'][0] as Record<string, unknown>)
    : undefined;
  const remaining = krav?.['gjenstaaendeBeloep'] as { beloep?: number } | undefined;
  if (remaining && typeof remaining.beloep === 'number') remaining.beloep = Math.round(remaining.beloep * 80) / 100;
  return copy;
}

/** Before the submission in any order (Betjeningskartet is best right before it), then the rest in order. */
const BEFORE_SUBMISSION = ['lastOppVedlegg', 'validerNyBegjaering', 'slaaOppRegelverk'] as const;
const FROM_SUBMISSION = ['opprettBegjaering', 'hentStatusPaaSak', 'endreBegjaering', 'hentStatusPaaSak'] as const;

function judgeObservedFlow(items: readonly ClassifiedExchange[]): BilingualFinding[] {
  const ok = items.filter((item) => (item.exchange.status ?? 0) >= 200 && (item.exchange.status ?? 0) < 300);
  const missing = (step: string, index: number): BilingualFinding => {
    const failed = items.filter((item) => item.operationId === step && !ok.includes(item)).at(-1);
    const flow = FLOW.join(' → ');
    const seen = failed
      ? { en: ` The last attempt: ${describeExchange(failed)}.`, nb: ` Siste forsøk: ${describeExchange(failed)}.` }
      : { en: ' It was not attempted.', nb: ' Det ble ikke forsøkt.' };
    return finding(
      'FLOW_STEP_MISSING',
      {
        en: `The full flow stopped before a successful ${step} (step ${index + 1} of ${FLOW.length}: ${flow}).${seen.en}`,
        nb: `Den fulle flyten stoppet før et vellykket ${step} (steg ${index + 1} av ${FLOW.length}: ${flow}).${seen.nb}`,
      },
      { expected: FLOW, ...(failed ? { exchangeId: failed.exchange.id } : {}) },
    );
  };
  const submission = ok.findIndex((item) => item.operationId === 'opprettBegjaering');
  const before = submission < 0 ? ok : ok.slice(0, submission);
  for (const [index, step] of BEFORE_SUBMISSION.entries()) {
    if (!before.some((item) => item.operationId === step)) return [missing(step, index)];
  }
  let position = submission < 0 ? ok.length : submission;
  for (const [index, step] of FROM_SUBMISSION.entries()) {
    const found = ok.slice(position).findIndex((item) => item.operationId === step);
    if (found < 0) return [missing(step, BEFORE_SUBMISSION.length + index)];
    position += found + 1;
  }
  return [];
}

/** The full flow as the vendor's system carried it out (scenario full-flow; all traffic for recordings). */
export const judgeFullFlow: TrafficJudge = (observation) => {
  const own = observation.items.filter((item) => item.scenario === 'full-flow');
  const items = own.length > 0 ? own : observation.items;
  const findings = judgeObservedFlow(items);
  // A step the API refused for a contract error (a missing header, a schema-invalid body) is that error's failure.
  const stopped = items.find((item) => item.exchange.id === findings[0]?.exchangeId);
  const refusal = stopped && contractRefusal(observation, stopped);
  if (refusal) return blockedByRootCause(observation, refusal, { en: 'The full flow', nb: 'Den fulle flyten' });
  return judged(observation, findings, isApiCall);
};

export default defineCheck({
  id: 'flow-full',
  section: '5',
  title: { nb: 'Full flyt fungerer', en: 'The full flow works' },
  description: {
    nb: 'Regelverksoppslag → opplasting av vedlegg → vent til konvertert → valider → send inn → status → endring → status, med riktige svar i hvert steg.',
    en: 'Regime lookup → attachment upload → wait until converted → validate → submit → status → change → status, with the right answer at every step.',
  },
  severity: 'required',
  reference: 'Sjekkliste 5: «Test full flyt: innsending, feilhåndtering og validering»',
  async run(context) {
    if (context.target.kind === 'vendor') return runObserved(context, judgeFullFlow);
    const { api } = context;
    const payloads = await createPayloads(context);
    const debtor = payloads.freshDebtor();
    const findings: BilingualFinding[] = [];
    const stop = (problem: BilingualFinding | undefined) => (problem ? fail([...findings, problem]) : undefined);

    const lookup = await api.slaaOppRegelverk([debtor]);
    const lookupProblem = expectStatus({ en: 'Betjeningskartet', nb: 'Betjeningskartet' }, lookup, [200]);
    if (lookupProblem) findings.push(lookupProblem);
    else if (regelverkOf(lookup.body, debtor).combined !== 'nyttRegelverk') {
      const answered = String(regelverkOf(lookup.body, debtor).combined);
      findings.push(
        finding(
          'UNEXPECTED_REGELVERK',
          {
            en: `Betjeningskartet answered ${answered} for a new-regime debtor.`,
            nb: `Betjeningskartet svarte ${answered} for en saksøkt på nytt regelverk.`,
          },
          {
            expected: 'nyttRegelverk',
            actual: regelverkOf(lookup.body, debtor).combined,
            exchangeId: lookup.exchange.id,
          },
        ),
      );
    }
    const prepared = await prepareSubmission(context, payloads.build({ saksoekt: debtor }));
    findings.push(...prepared.problems);
    const valider = await api.validerNy(prepared.document);
    const validerProblem = expectStatus({ en: 'Validate', nb: 'Validering' }, valider, [204, 200]);
    if (validerProblem) findings.push(validerProblem);
    const opprett = await api.opprett(prepared.document);
    const reference = stringField(opprett.body, 'eksternSaksreferanse');
    const opprettProblem = stop(expectStatus({ en: 'Submit', nb: 'Innsending' }, opprett, [201]));
    if (opprettProblem) return opprettProblem;
    if (!reference) {
      return fail([
        ...findings,
        finding(
          'NO_CASE_REFERENCE',
          {
            en: 'Submit answered 201 without eksternSaksreferanse.',
            nb: 'Innsendingen svarte 201 uten eksternSaksreferanse.',
          },
          { exchangeId: opprett.exchange.id },
        ),
      ]);
    }
    const processed = context.target.kind !== 'test';
    const status = await api.hentStatus(processed ? reference : payloads.statusReference());
    const statusProblem = expectStatus(
      { en: 'Status after submit', nb: 'Status på sak etter innsending' },
      status,
      [200],
    );
    if (statusProblem) findings.push(statusProblem);
    else if (processed && stringField(status.body, 'eksternSaksreferanse') !== reference) {
      const other = String(stringField(status.body, 'eksternSaksreferanse'));
      findings.push(
        finding(
          'STATUS_WRONG_CASE',
          {
            en: `Status for ${reference} answered for ${other}.`,
            nb: `Status på sak for ${reference} svarte for ${other}.`,
          },
          { exchangeId: status.exchange.id },
        ),
      );
    }
    const change = changed(prepared.document);
    const validerEndret = await api.validerEndret(reference, change);
    const validerEndretProblem = expectStatus(
      { en: 'Validate change', nb: 'Validering av endring' },
      validerEndret,
      [204, 200],
    );
    if (validerEndretProblem) findings.push(validerEndretProblem);
    const endre = await api.endre(reference, change);
    const endreProblem = expectStatus({ en: 'Change', nb: 'Endring' }, endre, [200, 204]);
    if (endreProblem) findings.push(endreProblem);
    const after = await api.hentStatus(processed ? reference : payloads.statusReference());
    const afterProblem = expectStatus({ en: 'Status after change', nb: 'Status på sak etter endring' }, after, [200]);
    if (afterProblem) findings.push(afterProblem);
    findings.unshift(
      finding(
        'FLOW',
        {
          en: `Submitted case ${reference} for debtor ${debtor} and changed it${processed ? '' : '; status read from the fixed TEST_SAK_* reference (test submissions are not processed)'}.`,
          nb: `Sendte inn sak ${reference} for saksøkt ${debtor} og endret den${processed ? '' : '; status lest fra den faste TEST_SAK_*-referansen (innsendinger i testmiljøet blir ikke behandlet)'}.`,
        },
        { severity: 'info' },
      ),
    );
    return judge(findings);
  },
});
