import { defineManualCheck } from '../support/manual-check.js';

export default defineManualCheck({
  id: 'production-access-verified',
  section: '6',
  title: { nb: 'Produksjonstilgang er verifisert', en: 'Production access is verified' },
  description: {
    nb: 'Tilgangen til produksjons-scope i Maskinporten er mottatt og verifisert, integrasjonen er byttet til produksjon, og teknisk verifikasjon i produksjon er utført.',
    en: 'Access to the production scope in Maskinporten is received and verified, the integration is switched to production, and a technical verification in production is done.',
  },
  severity: 'required',
  reference:
    'Skatteetaten, Utleggsbegjæring API, tab «Sjekkliste for inkassosystemleverandører», 6. Overgang til produksjon',
});
