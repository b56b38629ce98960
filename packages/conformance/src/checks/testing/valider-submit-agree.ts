import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, type FindingText, finding } from '../../engine/finding.js';
import { judge } from '../../engine/outcomes.js';
import { createPayloads, prepareSubmission } from '../support/payloads.js';
import { describeAnswer, kontrollutslagCodes } from '../support/problem.js';

function verdict(status: number): 'accepted' | 'rejected' | 'other' {
  if (status >= 200 && status < 300) return 'accepted';
  return status === 422 ? 'rejected' : 'other';
}

export default defineCheck({
  id: 'valider-submit-agree',
  section: '5',
  title: { nb: 'Validering og innsending er enige', en: 'Validation and submission agree' },
  description: {
    nb: 'For samme utleggsbegjæring gir validering (valider) og innsending samme utfall: begge godtar, eller begge avviser med de samme kontrollutslagene.',
    en: 'For the same utleggsbegjæring, validation (valider) and submission give the same outcome: both accept, or both reject with the same kontrollutslag.',
  },
  severity: 'required',
  reference: 'Sjekkliste 5: «Verifiser at dere mottar korrekt respons fra API»',
  targets: ['simulator', 'test', 'url'],
  async run(context) {
    const payloads = await createPayloads(context);
    const cases: Array<[FindingText, Record<string, unknown>]> = [];
    const findings: BilingualFinding[] = [];
    // Attachments convert in real time on a real server: prepare the three submissions side by side.
    const [valid, noClaims, locked] = await Promise.all([
      prepareSubmission(context, payloads.build({ saksoekt: payloads.freshDebtor() })),
      prepareSubmission(context, payloads.build({ saksoekt: payloads.freshDebtor() })),
      prepareSubmission(context, payloads.build({ saksoekt: payloads.lockedDebtor() })),
    ]);
    findings.push(...valid.problems);
    cases.push([{ en: 'a valid begjæring', nb: 'en gyldig utleggsbegjæring' }, valid.document]);
    cases.push([
      { en: 'a begjæring without claims', nb: 'en utleggsbegjæring uten krav' },
      { ...noClaims.document, kravTilInnkreving: [] },
    ]);
    cases.push([
      { en: 'a begjæring against an old-regime debtor', nb: 'en utleggsbegjæring mot en saksøkt på gammelt regelverk' },
      locked.document,
    ]);
    const exercised = new Set<string>();
    for (const [label, document] of cases) {
      const validated = await context.api.validerNy(document);
      const submitted = await context.api.opprett(document);
      const validatedCodes = [...new Set(kontrollutslagCodes(validated.body))].sort();
      const submittedCodes = [...new Set(kontrollutslagCodes(submitted.body))].sort();
      for (const code of [...validatedCodes, ...submittedCodes]) exercised.add(code);
      const same =
        verdict(validated.status) === verdict(submitted.status) &&
        JSON.stringify(validatedCodes) === JSON.stringify(submittedCodes);
      if (!same) {
        findings.push(
          finding(
            'VALIDER_SUBMIT_DISAGREE',
            {
              en: `For ${label.en}, valider answered ${describeAnswer(validated)} but submit answered ${describeAnswer(submitted)}.`,
              nb: `For ${label.nb} svarte validering ${describeAnswer(validated, 'nb')}, men innsending svarte ${describeAnswer(submitted, 'nb')}.`,
            },
            {
              expected: { status: validated.status, kontrollutslag: validatedCodes },
              actual: { status: submitted.status, kontrollutslag: submittedCodes },
              exchangeId: submitted.exchange.id,
            },
          ),
        );
      }
      if (verdict(validated.status) === 'other') {
        findings.push(
          finding(
            'UNEXPECTED_STATUS',
            {
              en: `For ${label.en}, valider answered ${describeAnswer(validated)} (neither accepted nor 422).`,
              nb: `For ${label.nb} svarte validering ${describeAnswer(validated, 'nb')} (verken godtatt eller 422).`,
            },
            { exchangeId: validated.exchange.id },
          ),
        );
      }
    }
    return judge(findings, [...exercised]);
  },
});
