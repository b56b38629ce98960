import type { Finding } from '@elan-kit/schemas';
import { defineCheck } from '../../engine/check.js';
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

function judgeObservedFlow(items: readonly ClassifiedExchange[]): Finding[] {
  const ok = items.filter((item) => (item.exchange.status ?? 0) >= 200 && (item.exchange.status ?? 0) < 300);
  let position = 0;
  for (const step of FLOW) {
    const found = ok.slice(position).findIndex((item) => item.operationId === step);
    if (found < 0) {
      return [
        {
          code: 'FLOW_STEP_MISSING',
          message: `The full flow stopped before a successful ${step} (step ${FLOW.indexOf(step) + 1} of ${FLOW.length}: ${FLOW.join(' → ')}).`,
          expected: FLOW,
        },
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
    const findings: Finding[] = [];
    const stop = (finding: Finding | undefined) => (finding ? fail([...findings, finding]) : undefined);

    const lookup = await api.slaaOppRegelverk([debtor]);
    const lookupProblem = expectStatus('Betjeningskartet', lookup, [200]);
    if (lookupProblem) findings.push(lookupProblem);
    else if (regelverkOf(lookup.body, debtor).combined !== 'nyttRegelverk') {
      findings.push({
        code: 'UNEXPECTED_REGELVERK',
        message: `Betjeningskartet answered ${String(regelverkOf(lookup.body, debtor).combined)} for a new-regime debtor.`,
        expected: 'nyttRegelverk',
        actual: regelverkOf(lookup.body, debtor).combined,
        exchangeId: lookup.exchange.id,
      });
    }
    const prepared = await prepareSubmission(context, payloads.build({ saksoekt: debtor }));
    findings.push(...prepared.problems);
    const valider = await api.validerNy(prepared.document);
    const validerProblem = expectStatus('Validate', valider, [204, 200]);
    if (validerProblem) findings.push(validerProblem);
    const opprett = await api.opprett(prepared.document);
    const reference = stringField(opprett.body, 'eksternSaksreferanse');
    const opprettProblem = stop(expectStatus('Submit', opprett, [201]));
    if (opprettProblem) return opprettProblem;
    if (!reference) {
      return fail([
        ...findings,
        {
          code: 'NO_CASE_REFERENCE',
          message: 'Submit answered 201 without eksternSaksreferanse.',
          exchangeId: opprett.exchange.id,
        },
      ]);
    }
    const processed = context.target.kind !== 'test';
    const status = await api.hentStatus(processed ? reference : payloads.statusReference());
    const statusProblem = expectStatus('Status after submit', status, [200]);
    if (statusProblem) findings.push(statusProblem);
    else if (processed && stringField(status.body, 'eksternSaksreferanse') !== reference) {
      findings.push({
        code: 'STATUS_WRONG_CASE',
        message: `Status for ${reference} answered for ${String(stringField(status.body, 'eksternSaksreferanse'))}.`,
        exchangeId: status.exchange.id,
      });
    }
    const change = changed(prepared.document);
    const validerEndret = await api.validerEndret(reference, change);
    const validerEndretProblem = expectStatus('Validate change', validerEndret, [204, 200]);
    if (validerEndretProblem) findings.push(validerEndretProblem);
    const endre = await api.endre(reference, change);
    const endreProblem = expectStatus('Change', endre, [200, 204]);
    if (endreProblem) findings.push(endreProblem);
    const after = await api.hentStatus(processed ? reference : payloads.statusReference());
    const afterProblem = expectStatus('Status after change', after, [200]);
    if (afterProblem) findings.push(afterProblem);
    findings.unshift({
      code: 'FLOW',
      severity: 'info',
      message: `Submitted case ${reference} for debtor ${debtor} and changed it${processed ? '' : '; status read from the fixed TEST_SAK_* reference (test submissions are not processed)'}.`,
    });
    return judge(findings);
  },
});
