import { findVilkaar } from '@elan-kit/schemas';
import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { judge, skip } from '../../engine/outcomes.js';
import { isObservation, observe, sessionFinding } from '../support/observed.js';
import { createPayloads, prepareSubmission } from '../support/payloads.js';
import { describeAnswer, kontrollutslagCodes } from '../support/problem.js';
import { expectStatus, regelverkOf } from '../support/steps.js';
import { debtorIdentifiers } from '../support/traffic.js';

const CODE = 'SAKSOEKT_GAMMELT_REGELVERK';

export default defineCheck({
  id: 'flow-old-regime-rejected',
  section: '5',
  title: { nb: 'Gammelt regelverk avvises', en: 'The old regime is rejected' },
  description: {
    nb: `Betjeningskartet svarer tidligereRegelverk for en saksøkt som er låst til gammelt regelverk, og en utleggsbegjæring mot vedkommende avvises med 422 ${CODE}.`,
    en: `Betjeningskartet answers tidligereRegelverk for a debtor locked to the old regime, and an utleggsbegjæring against them is refused with 422 ${CODE}.`,
  },
  severity: 'required',
  reference:
    'Skatteetaten, Utleggsbegjæring API, fane «Overgangsperioden»: testpartene som er låst til gammelt regelverk',
  async run(context) {
    if (context.target.kind === 'vendor') {
      const observation = await observe(context);
      if (!isObservation(observation)) return observation;
      const payloads = await createPayloads(context);
      const locked = payloads.lockedDebtor();
      const lookups = observation.items.filter(
        (item) =>
          item.operationId === 'slaaOppRegelverk' && debtorIdentifiers(item.exchange.request.body).includes(locked),
      );
      const accepted = observation.items.filter(
        (item) =>
          item.operationId === 'opprettBegjaering' &&
          item.exchange.status === 201 &&
          debtorIdentifiers(item.exchange.request.body).includes(locked),
      );
      for (const item of [...lookups, ...accepted]) context.evidence.add(item.exchange);
      const findings: BilingualFinding[] = [sessionFinding(observation)];
      if (lookups.length === 0) {
        findings.push(
          finding('NO_LOOKUP_FOR_LOCKED_DEBTOR', {
            en: `Your system did not look up ${locked} in Betjeningskartet.`,
            nb: `Systemet ditt slo ikke opp ${locked} i Betjeningskartet.`,
          }),
        );
      }
      if (accepted.length > 0) {
        findings.push(
          finding('OLD_REGIME_SUBMITTED', {
            en: `A begjæring against ${locked} (old regime) was submitted to ELAN.`,
            nb: `En utleggsbegjæring mot ${locked} (gammelt regelverk) ble sendt inn til ELAN.`,
          }),
        );
      }
      return judge(findings);
    }
    const model = context.target.modelVersion;
    if (!findVilkaar(CODE)?.modellversjoner.includes(model)) {
      return skip('NOT_IN_MODEL', {
        en: `Model ${model} has no ${CODE}: the old/new-regime split came with model 1.0.`,
        nb: `Modell ${model} har ikke ${CODE}: skillet mellom gammelt og nytt regelverk kom med modell 1.0.`,
      });
    }
    const payloads = await createPayloads(context);
    const locked = payloads.lockedDebtor();
    const findings: BilingualFinding[] = [];
    const lookup = await context.api.slaaOppRegelverk([locked]);
    const lookupProblem = expectStatus({ en: 'Betjeningskartet', nb: 'Betjeningskartet' }, lookup, [200]);
    if (lookupProblem) findings.push(lookupProblem);
    else {
      const { combined, forDebtor } = regelverkOf(lookup.body, locked);
      if ((forDebtor ?? combined) !== 'tidligereRegelverk') {
        const answered = String(forDebtor ?? combined);
        findings.push(
          finding(
            'LOCKED_DEBTOR_NOT_OLD_REGIME',
            {
              en: `Betjeningskartet answered ${answered} for ${locked}, who is locked to the old regime.`,
              nb: `Betjeningskartet svarte ${answered} for ${locked}, som er låst til gammelt regelverk.`,
            },
            { expected: 'tidligereRegelverk', actual: forDebtor ?? combined, exchangeId: lookup.exchange.id },
          ),
        );
      }
    }
    const prepared = await prepareSubmission(context, payloads.build({ saksoekt: locked }));
    findings.push(...prepared.problems);
    const submit = await context.api.opprett(prepared.document);
    const codes = kontrollutslagCodes(submit.body);
    if (submit.status !== 422 || !codes.includes(CODE)) {
      findings.push(
        finding(
          'OLD_REGIME_NOT_REJECTED',
          {
            en: `Submitting against ${locked} answered ${describeAnswer(submit)}, not 422 with ${CODE}.`,
            nb: `Innsending mot ${locked} svarte ${describeAnswer(submit, 'nb')}, ikke 422 med ${CODE}.`,
          },
          {
            expected: { status: 422, kontrollutslag: [CODE] },
            actual: { status: submit.status, kontrollutslag: codes },
            exchangeId: submit.exchange.id,
          },
        ),
      );
    }
    return judge(findings, [CODE]);
  },
});
