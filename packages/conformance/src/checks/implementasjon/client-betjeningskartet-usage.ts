import { defineCheck } from '../../engine/check.js';
import { judge } from '../../engine/outcomes.js';
import { attachEvidence, isObservation, observe, sessionFinding } from '../support/observed.js';
import { judgeBetjeningskartet } from '../support/traffic.js';

export default defineCheck({
  id: 'client-betjeningskartet-usage',
  section: '4',
  title: {
    nb: 'Betjeningskartet kalles rett før ny innsending',
    en: 'Betjeningskartet is called right before a new submission',
  },
  description: {
    nb: 'Regelverk slås opp for alle saksøkte rett før en ny utleggsbegjæring sendes, og ikke ellers (ikke ved endring, ikke uten innsending).',
    en: 'The regime is looked up for every debtor right before a new begjæring is submitted, and not otherwise (not for changes, not without a submission).',
  },
  severity: 'required',
  reference: 'Skatteetaten, Utleggsbegjæring API, fane «Overgangsperioden» (Betjeningskartet)',
  assumptions: ['A-KLIENT-BETJENINGSKARTET', 'A-KONTRAKT-BETJENINGSKARTET'],
  targets: ['simulator', 'vendor'],
  async run(context) {
    const observation = await observe(context);
    if (!isObservation(observation)) return observation;
    const findings = judgeBetjeningskartet(observation.items);
    attachEvidence(
      context,
      observation,
      findings,
      (item) => item.operationId === 'slaaOppRegelverk' || item.operationId === 'opprettBegjaering',
    );
    return judge([sessionFinding(observation), ...findings]);
  },
});
