import { defineCheck } from '../../engine/check.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { judge, manual, skip } from '../../engine/outcomes.js';
import { attachEvidence, isObservation, observe, sessionFinding } from '../support/observed.js';
import { receivedKontrollutslag } from '../support/traffic.js';

export default defineCheck({
  id: 'client-kontrollutslag-surfaced',
  section: '4',
  title: { nb: 'Kontrollutslag vises for brukeren', en: 'Kontrollutslag are shown to the user' },
  description: {
    nb: 'Når API-et svarer 422 med kontrollutslag, viser systemet hvert kontrollutslag (kode og melding) til brukeren i stedet for å skjule eller gjenta innsendingen.',
    en: 'When the API answers 422 with kontrollutslag, the system shows every kontrollutslag (code and message) to its user instead of hiding it or resending.',
  },
  severity: 'required',
  reference: 'Sjekkliste 4 (robust feilhåndtering og validering); Skatteetaten, Utleggsbegjæring API, fane «Feilkoder»',
  targets: ['simulator', 'vendor'],
  async run(context) {
    const observation = await observe(context);
    if (!isObservation(observation)) return observation;
    const answers = receivedKontrollutslag(observation.items);
    attachEvidence(context, observation, [], (item) => item.exchange.status === 422);
    if (answers.length === 0) {
      return skip('NO_422_OBSERVED', {
        en: 'The client received no 422 answer, so surfacing could not be judged.',
        nb: 'Klienten fikk ikke noe 422-svar, så det kunne ikke vurderes om kontrollutslag vises for brukeren.',
      });
    }
    const surfaced = observation.session.surfacedKontrollutslag;
    if (!surfaced) {
      const attestation = context.attestation();
      const open = finding(
        'SURFACING_NOT_REPORTED',
        {
          en: 'The kit saw the 422 answers but cannot see the screen: attest this check in the config, or let the vendor adapter return the kontrollutslag it showed.',
          nb: 'Verktøyet så 422-svarene, men ser ikke skjermbildet: attester denne kontrollen i konfigurasjonen, eller la leverandøradapteret returnere kontrollutslagene fagsystemet viste.',
        },
        { severity: attestation?.attested ? 'info' : 'warning' },
      );
      return manual(attestation ?? { attested: false }, [sessionFinding(observation), open]);
    }
    const shown = new Set(Object.values(surfaced).flat());
    const findings: BilingualFinding[] = [];
    for (const { item, codes } of answers) {
      const missing = codes.filter((code) => !shown.has(code));
      if (missing.length > 0) {
        findings.push(
          finding(
            'KONTROLLUTSLAG_NOT_SURFACED',
            {
              en: `The client received ${codes.join(', ')} but did not report ${missing.join(', ')} to its user.`,
              nb: `Klienten mottok ${codes.join(', ')}, men viste ikke ${missing.join(', ')} til brukeren.`,
            },
            { expected: codes, actual: [...shown], exchangeId: item.exchange.id },
          ),
        );
      }
    }
    return judge([sessionFinding(observation), ...findings]);
  },
});
