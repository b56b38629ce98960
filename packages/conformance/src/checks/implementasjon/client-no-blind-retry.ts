import { defineCheck } from '../../engine/check.js';
import { judge } from '../../engine/outcomes.js';
import { attachEvidence, isObservation, observe, sessionFinding } from '../support/observed.js';
import { judgeNoBlindRetry } from '../support/traffic.js';

export default defineCheck({
  id: 'client-no-blind-retry',
  section: '4',
  title: { nb: 'Ingen blind gjentakelse etter 4xx', en: 'No blind retry after a 4xx' },
  description: {
    nb: 'En forespørsel som avvises med 400, 403, 404, 409, 413, 415 eller 422 sendes ikke på nytt uendret.',
    en: 'A request refused with 400, 403, 404, 409, 413, 415 or 422 is not sent again unchanged.',
  },
  severity: 'required',
  reference: 'Sjekkliste 4 (Sørg for robust feilhåndtering og validering)',
  targets: ['simulator', 'vendor'],
  async run(context) {
    const observation = await observe(context);
    if (!isObservation(observation)) return observation;
    const findings = judgeNoBlindRetry(observation.items);
    attachEvidence(context, observation, findings, (item) => (item.exchange.status ?? 0) >= 400);
    return judge([sessionFinding(observation), ...findings]);
  },
});
