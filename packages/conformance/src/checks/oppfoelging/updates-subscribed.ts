import { defineManualCheck } from '../support/manual-check.js';

export default defineManualCheck({
  id: 'updates-subscribed',
  section: '7',
  title: { nb: 'Abonnerer på oppdateringer', en: 'Subscribed to updates' },
  description: {
    nb: 'Virksomheten abonnerer på oppdateringer fra Skatteetaten (endringer i API og informasjonsmodell), følger Statussiden og informasjonsmøter.',
    en: 'The organisation subscribes to updates from Skatteetaten (API and information-model changes) and follows the status page and information meetings.',
  },
  severity: 'recommended',
  reference: 'Skatteetaten, Utleggsbegjæring API, tab «Sjekkliste for inkassosystemleverandører», 7. Oppfølging',
});
