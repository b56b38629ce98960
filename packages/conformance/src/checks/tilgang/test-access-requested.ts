import { defineManualCheck } from '../support/manual-check.js';

export default defineManualCheck({
  id: 'test-access-requested',
  section: '2',
  title: { nb: 'Tilgang til test-scope er bestilt', en: 'Access to the test scope is requested' },
  description: {
    nb: 'Virksomhetssertifikat er skaffet, systemet er registrert i Maskinporten, og Skatteetaten har gitt tilgang til test-scope skatteetaten:utleggsbegjaering for virksomhetens (ikke-syntetiske) organisasjonsnummer.',
    en: 'An enterprise certificate is in place, the system is registered in Maskinporten, and Skatteetaten granted the test scope skatteetaten:utleggsbegjaering for the (non-synthetic) organisation number.',
  },
  severity: 'required',
  reference:
    'Skatteetaten, Utleggsbegjæring API, tab «Sjekkliste for inkassosystemleverandører», 2. Tilgang og autentisering',
});
