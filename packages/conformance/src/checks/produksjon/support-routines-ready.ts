import { defineManualCheck } from '../support/manual-check.js';

export default defineManualCheck({
  id: 'support-routines-ready',
  section: '6',
  title: { nb: 'Supportrutiner er klare', en: 'Support routines are ready' },
  description: {
    nb: 'Supportrutiner for håndtering av reelle saker er klargjort.',
    en: 'Support routines for handling real cases are prepared.',
  },
  severity: 'required',
  reference:
    'Skatteetaten, Utleggsbegjæring API, tab «Sjekkliste for inkassosystemleverandører», 6. Overgang til produksjon',
});
