import { defineCheck } from '../../engine/check.js';
import { judge, skip } from '../../engine/outcomes.js';
import { attachEvidence, isObservation, observe, sessionFinding } from '../support/observed.js';
import { judgeTokenReuse } from '../support/traffic.js';

export default defineCheck({
  id: 'auth-token-reused',
  section: '2',
  title: { nb: 'Token gjenbrukes i levetiden', en: 'Tokens are reused within their lifetime' },
  description: {
    nb: 'Klienten henter ikke nytt Maskinporten-token per kall, men gjenbruker tokenet til det nærmer seg utløp.',
    en: 'The client does not fetch a Maskinporten token per call but reuses it until it is close to expiry.',
  },
  severity: 'required',
  reference: 'Sjekkliste 2 (Tilgang og autentisering); Skatteetaten: et token kan gjenbrukes i hele levetiden',
  assumptions: ['A-KLIENT-TOKEN'],
  targets: ['simulator', 'vendor'],
  async run(context) {
    const observation = await observe(context);
    if (!isObservation(observation)) return observation;
    const tokenFetches = observation.items.filter((item) => item.operationId === 'token');
    if (tokenFetches.length === 0) {
      return skip('NO_TOKEN_TRAFFIC', {
        en: 'No token request was observed, so reuse cannot be judged.',
        nb: 'Ingen henting av tilgangstoken ble observert, så gjenbruk kan ikke vurderes.',
      });
    }
    const findings = judgeTokenReuse(observation.items);
    attachEvidence(context, observation, findings, (item) => item.operationId === 'token');
    return judge([sessionFinding(observation), ...findings]);
  },
});
