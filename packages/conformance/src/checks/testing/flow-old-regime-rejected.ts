import { LOCKED_ORGANISATIONS, LOCKED_PERSONS } from '@elan-kit/fixtures';
import { findVilkaar } from '@elan-kit/schemas';
import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { judge, skip } from '../../engine/outcomes.js';
import { debtorIdentifiers, describeExchange } from '../../observed/classify.js';
import { judged, notObserved, type TrafficJudge } from '../../observed/observation.js';
import { runObserved } from '../../observed/run-observed.js';
import { createPayloads, prepareSubmission } from '../support/payloads.js';
import { describeAnswer, kontrollutslagCodes } from '../support/problem.js';
import { expectStatus, regelverkOf } from '../support/steps.js';

const CODE = 'SAKSOEKT_GAMMELT_REGELVERK';

const LOCKED = new Set([...LOCKED_PERSONS, ...LOCKED_ORGANISATIONS]);

/**
 * The vendor's side of the old regime: a saksøkt on Skatteetaten's published locked lists (any of them, not only
 * the one a scenario card named) is looked up, and no begjæring against them is accepted by ELAN.
 */
export const judgeOldRegimeHandled: TrafficJudge = (observation) => {
  const lockedIn = (body: unknown) => debtorIdentifiers(body).filter((id) => LOCKED.has(id));
  const lookups = observation.items.filter(
    (item) => item.operationId === 'slaaOppRegelverk' && lockedIn(item.exchange.request.body).length > 0,
  );
  const accepted = observation.items.filter(
    (item) =>
      item.operationId === 'opprettBegjaering' &&
      item.exchange.status === 201 &&
      lockedIn(item.exchange.request.body).length > 0,
  );
  const scenario = observation.session.scenarios.find((entry) => entry.id === 'old-regime');
  const attempted = observation.items.filter(
    (item) => item.operationId === 'opprettBegjaering' && lockedIn(item.exchange.request.body).length > 0,
  );
  // The validation may tell the system first: 422 SAKSOEKT_GAMMELT_REGELVERK is as good as the lookup.
  const refusedByValidation = observation.items.filter(
    (item) =>
      item.operationId === 'validerNyBegjaering' &&
      item.exchange.status === 422 &&
      lockedIn(item.exchange.request.body).length > 0 &&
      JSON.stringify(item.exchange.response?.body ?? '').includes(CODE),
  );
  const informed = [...lookups, ...refusedByValidation];
  if (!scenario && informed.length === 0 && attempted.length === 0) {
    return notObserved(
      observation,
      'NO_LOCKED_PARTY_SEEN',
      {
        en: 'No saksøkt from the published lists locked to the old regime was looked up or submitted.',
        nb: 'Ingen saksøkt fra de publiserte listene over parter låst til gammelt regelverk ble slått opp eller sendt inn.',
      },
      ['old-regime'],
    );
  }
  const findings: BilingualFinding[] = [];
  const blind = attempted.find((item) => !informed.some((known) => known.timeMs <= item.timeMs));
  if (informed.length === 0 || blind) {
    findings.push(
      finding(
        'NO_LOOKUP_FOR_LOCKED_DEBTOR',
        {
          en: `Your system did not look up the saksøkt locked to the old regime in Betjeningskartet${blind ? `, and tried to submit against them: ${describeExchange(blind)}` : ''}. Look the saksøkt up first; tidligereRegelverk means the case belongs in ELSA.`,
          nb: `Systemet ditt slo ikke opp saksøkte som er låst til gammelt regelverk i Betjeningskartet${blind ? `, og forsøkte å sende inn mot vedkommende: ${describeExchange(blind)}` : ''}. Slå opp saksøkte først; tidligereRegelverk betyr at saken hører hjemme i ELSA.`,
        },
        blind ? { exchangeId: blind.exchange.id } : {},
      ),
    );
  }
  for (const item of accepted) {
    findings.push(
      finding(
        'OLD_REGIME_SUBMITTED',
        {
          en: `${describeExchange(item)} submitted a begjæring against ${lockedIn(item.exchange.request.body).join(', ')} (locked to the old regime) to ELAN: such cases belong in ELSA.`,
          nb: `${describeExchange(item)} sendte inn en utleggsbegjæring mot ${lockedIn(item.exchange.request.body).join(', ')} (låst til gammelt regelverk) til ELAN: slike saker hører hjemme i ELSA.`,
        },
        { exchangeId: item.exchange.id },
      ),
    );
  }
  return judged(observation, findings, (item) => informed.includes(item));
};

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
    if (context.target.kind === 'vendor') return runObserved(context, judgeOldRegimeHandled);
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
