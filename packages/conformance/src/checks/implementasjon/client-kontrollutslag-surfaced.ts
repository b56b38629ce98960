import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { describeExchange, isSuccess } from '../../observed/classify.js';
import { judged, notObserved, sessionFinding, type TrafficJudge } from '../../observed/observation.js';
import { runObserved } from '../../observed/run-observed.js';
import { KONTROLLUTSLAG_GROUP_SCENARIOS, kontrollutslagKoder } from '../../targets/vendor/scenarios.js';

/**
 * Checklist 4: the kontrollutslag of a 422 reach the user. The kit cannot see the screen: the vendor adapter's
 * answer says what was shown (and whether the user was told the begjæring was submitted); without it, the check
 * is attested by hand.
 */
export const judgeKontrollutslagSurfaced: TrafficJudge = (observation, context) => {
  const answers = observation.items.filter((item) => item.exchange.status === 422);
  if (answers.length === 0) {
    return notObserved(
      observation,
      'NO_422_OBSERVED',
      {
        en: 'The client received no 422 answer, so surfacing could not be judged.',
        nb: 'Klienten fikk ikke noe 422-svar, så det kunne ikke vurderes om kontrollutslag vises for brukeren.',
      },
      ['kontrollutslag', ...KONTROLLUTSLAG_GROUP_SCENARIOS],
    );
  }
  const evidence = answers.map((item) => item.exchange);
  const scenarios = observation.session.scenarios;
  const answered = scenarios.some((scenario) => scenario.answer !== undefined);
  if (!answered && !observation.session.surfacedKontrollutslag) {
    const attested = context.attestation?.attested === true;
    return {
      outcome: {
        status: 'manual',
        attestation: context.attestation ?? { attested: false },
        findings: [
          sessionFinding(observation),
          finding(
            'SURFACING_NOT_REPORTED',
            {
              en: 'The kit saw the 422 answers but cannot see the screen: attest this check in the config, or let the vendor adapter answer with the kontrollutslag the system showed.',
              nb: 'Verktøyet så 422-svarene, men ser ikke skjermbildet: attester denne kontrollen i konfigurasjonen, eller la leverandøradapteret svare med kontrollutslagene fagsystemet viste.',
            },
            { severity: attested ? 'info' : 'warning' },
          ),
        ],
      },
      evidence,
    };
  }
  const findings: BilingualFinding[] = [];
  for (const item of answers) {
    const scenario = scenarios.find((entry) => entry.id === item.scenario);
    const shown = new Set(
      scenario
        ? (scenario.answer?.kontrollutslag ?? [])
        : Object.values(observation.session.surfacedKontrollutslag ?? {}).flat(),
    );
    const codes = kontrollutslagKoder(item.exchange.response?.body);
    const missing = codes.filter((code) => !shown.has(code));
    if (missing.length > 0) {
      findings.push(
        finding(
          'KONTROLLUTSLAG_NOT_SURFACED',
          {
            en: `${describeExchange(item)} answered 422 with ${codes.join(', ')}, but the system did not show ${missing.join(', ')} to its user: show every kontrollutslag (kode and melding).`,
            nb: `${describeExchange(item)} svarte 422 med ${codes.join(', ')}, men systemet viste ikke ${missing.join(', ')} til brukeren: vis hvert kontrollutslag (kode og melding).`,
          },
          { expected: codes, actual: [...shown], exchangeId: item.exchange.id },
        ),
      );
    }
  }
  for (const scenario of scenarios) {
    if (scenario.answer?.outcome !== 'submitted') continue;
    const own = observation.items.filter(
      (item) => item.scenario === scenario.id && item.operationId === 'opprettBegjaering',
    );
    const refused = own.find((item) => item.exchange.status === 422);
    if (refused && !own.some(isSuccess)) {
      findings.push(
        finding(
          'REJECTION_REPORTED_AS_SUCCESS',
          {
            en: `The system told its user the begjæring was submitted (scenario ${scenario.id}), but ${describeExchange(refused)} refused it with 422: a 422 means nothing was registered.`,
            nb: `Systemet sa til brukeren at utleggsbegjæringen var sendt inn (scenario ${scenario.id}), men ${describeExchange(refused)} avviste den med 422: en 422 betyr at ingenting ble registrert.`,
          },
          { expected: 'rejected', actual: 'submitted', exchangeId: refused.exchange.id },
        ),
      );
    }
  }
  return judged(observation, findings, (item) => item.exchange.status === 422);
};

export default defineCheck({
  id: 'client-kontrollutslag-surfaced',
  section: '4',
  title: { nb: 'Kontrollutslag vises for brukeren', en: 'Kontrollutslag are shown to the user' },
  description: {
    nb: 'Når API-et svarer 422 med kontrollutslag, viser systemet hvert kontrollutslag (kode og melding) til brukeren, og melder ikke innsendingen som vellykket.',
    en: 'When the API answers 422 with kontrollutslag, the system shows every kontrollutslag (code and message) to its user, and does not report the submission as a success.',
  },
  severity: 'required',
  reference: 'Sjekkliste 4 (robust feilhåndtering og validering); Skatteetaten, Utleggsbegjæring API, fane «Feilkoder»',
  targets: ['simulator', 'vendor'],
  run: (context) => runObserved(context, judgeKontrollutslagSurfaced),
});
