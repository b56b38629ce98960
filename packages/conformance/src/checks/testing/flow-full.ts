import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { fail, judge } from '../../engine/outcomes.js';
import { isObservation, observe, sessionFinding } from '../support/observed.js';
import { createPayloads, prepareSubmission } from '../support/payloads.js';
import { expectStatus, regelverkOf, stringField } from '../support/steps.js';
import type { ClassifiedExchange } from '../support/traffic.js';

const FLOW = [
  'slaaOppRegelverk',
  'lastOppVedlegg',
  'validerNyBegjaering',
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

function judgeObservedFlow(items: readonly ClassifiedExchange[]): BilingualFinding[] {
  const ok = items.filter((item) => (item.exchange.status ?? 0) >= 200 && (item.exchange.status ?? 0) < 300);
  let position = 0;
  for (const step of FLOW) {
    const found = ok.slice(position).findIndex((item) => item.operationId === step);
    if (found < 0) {
      const where = `${FLOW.indexOf(step) + 1}`;
      const flow = FLOW.join(' → ');
      return [
        finding(
          'FLOW_STEP_MISSING',
          {
            en: `The full flow stopped before a successful ${step} (step ${where} of ${FLOW.length}: ${flow}).`,
            nb: `Den fulle flyten stoppet før et vellykket ${step} (steg ${where} av ${FLOW.length}: ${flow}).`,
          },
          { expected: FLOW },
        ),
      ];
    }
    position += found + 1;
  }
  return [];
}

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
    if (context.target.kind === 'vendor') {
      const observation = await observe(context);
      if (!isObservation(observation)) return observation;
      for (const item of observation.items)
        if (item.operationId && item.operationId !== 'token') context.evidence.add(item.exchange);
      return judge([sessionFinding(observation), ...judgeObservedFlow(observation.items)]);
    }
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
