import { defineManualCheck } from '../support/manual-check.js';

export default defineManualCheck({
  id: 'documentation-read',
  section: '1',
  title: { nb: 'Dokumentasjonen er lest', en: 'The documentation has been read' },
  description: {
    nb: 'Gjeldende informasjon om digital innsending av utleggsbegjæring er gjennomgått (GitHub, skatteetaten.no, SwaggerHub, oppkoblingssiden).',
    en: 'The current information on digital submission of utleggsbegjæring has been read (GitHub, skatteetaten.no, SwaggerHub, the connection page).',
  },
  severity: 'recommended',
  reference:
    'Skatteetaten, Utleggsbegjæring API, tab «Sjekkliste for inkassosystemleverandører», 1. Forberedelser og avtaler',
});
