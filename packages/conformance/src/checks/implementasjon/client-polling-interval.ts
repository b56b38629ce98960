import { MIN_POLL_INTERVAL_SECONDS } from '../../assumptions.js';
import { defineCheck } from '../../engine/check.js';
import { judge } from '../../engine/outcomes.js';
import { attachEvidence, isObservation, observe, sessionFinding } from '../support/observed.js';
import { judgePolling } from '../support/traffic.js';

export default defineCheck({
  id: 'client-polling-interval',
  section: '4',
  title: { nb: 'Polling er ikke for hyppig', en: 'Polling is not too frequent' },
  description: {
    nb: `Status på sak og endringsstrømmen pollas ikke oftere enn hvert ${MIN_POLL_INTERVAL_SECONDS}. sekund.`,
    en: `Case status and the change feed are not polled more often than every ${MIN_POLL_INTERVAL_SECONDS} seconds.`,
  },
  severity: 'recommended',
  reference: 'Sjekkliste 4 (polling eller Dialogporten)',
  assumptions: ['A-KLIENT-POLLING'],
  targets: ['simulator', 'vendor'],
  async run(context) {
    const observation = await observe(context);
    if (!isObservation(observation)) return observation;
    const findings = judgePolling(observation.items);
    attachEvidence(
      context,
      observation,
      findings,
      (item) => item.operationId === 'hentStatusPaaSak' || item.operationId === 'hentStatusendringer',
    );
    return judge([sessionFinding(observation), ...findings]);
  },
});
