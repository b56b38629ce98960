import { defineManualCheck } from '../support/manual-check.js';

export default defineManualCheck({
  id: 'test-summary-sent',
  section: '5',
  title: { nb: 'Testoppsummering er sendt', en: 'The test summary has been sent' },
  description: {
    nb: 'Integrasjon og test er dokumentert, og oppsummeringen (denne rapporten) er sendt til Skatteetaten ved forespørsel. Uten dette gis ikke tilgang til produksjon.',
    en: 'Integration and testing are documented and the summary (this report) was sent to Skatteetaten on request. Production access is not granted before this.',
  },
  severity: 'recommended',
  reference:
    'Skatteetaten, Utleggsbegjæring API, tab «Sjekkliste for inkassosystemleverandører», 5. Testing og verifisering',
});
