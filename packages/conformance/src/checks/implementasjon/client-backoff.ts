import { defineCheck } from '../../engine/check.js';
import { finding } from '../../engine/finding.js';
import { judge } from '../../engine/outcomes.js';
import { attachEvidence, isObservation, observe, sessionFinding } from '../support/observed.js';
import { judgeBackoff } from '../support/traffic.js';

export default defineCheck({
  id: 'client-backoff',
  section: '4',
  title: { nb: 'Venter ved 429 og 503 (Retry-After)', en: 'Backs off on 429 and 503 (Retry-After)' },
  description: {
    nb: 'Etter 429 Too Many Requests eller 503 Service Unavailable venter klienten minst så lenge Retry-After sier før neste forsøk.',
    en: 'After 429 Too Many Requests or 503 Service Unavailable the client waits at least as long as Retry-After says before trying again.',
  },
  severity: 'required',
  reference: 'Sjekkliste 4 (robust feilhåndtering); RFC 9110 §10.2.3 Retry-After',
  assumptions: ['A-KLIENT-BACKOFF'],
  targets: ['simulator', 'vendor'],
  async run(context) {
    const observation = await observe(context);
    if (!isObservation(observation)) return observation;
    const { findings, provoked } = judgeBackoff(observation.items);
    attachEvidence(
      context,
      observation,
      findings,
      (item) => item.exchange.status === 429 || item.exchange.status === 503,
    );
    if (provoked === 0) {
      return judge([
        sessionFinding(observation),
        finding(
          'NO_429_503_OBSERVED',
          {
            en: 'The client never received a 429 or 503, so its backoff could not be observed.',
            nb: 'Klienten fikk aldri 429 eller 503, så det kunne ikke observeres om den venter før nytt forsøk.',
          },
          { severity: 'error' },
        ),
      ]);
    }
    return judge([sessionFinding(observation), ...findings]);
  },
});
