import { defineManualCheck } from '../support/manual-check.js';

export default defineManualCheck({
  id: 'production-scope-requested',
  section: '6',
  title: {
    nb: 'Produksjons-scope er bestilt og avtale signert',
    en: 'Production scope requested and agreement signed',
  },
  description: {
    nb: 'Tilgang til produksjons-scope skatteetaten:utleggsbegjaering er bestilt, og avtalen om vilkår for bruk er signert.',
    en: 'Access to the production scope skatteetaten:utleggsbegjaering is requested and the terms-of-use agreement is signed.',
  },
  severity: 'required',
  reference:
    'Skatteetaten, Utleggsbegjæring API, tab «Sjekkliste for inkassosystemleverandører», 6. Overgang til produksjon',
});
