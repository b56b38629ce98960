import { defineManualCheck } from '../support/manual-check.js';

export default defineManualCheck({
  id: 'roles-and-responsibilities',
  section: '1',
  title: { nb: 'Roller og ansvar er avklart', en: 'Roles and responsibilities are agreed' },
  description: {
    nb: 'Roller og ansvar er avklart internt (teknisk kontakt, prosjektansvarlig osv.).',
    en: 'Internal roles and responsibilities are defined (technical contact, project lead, etc.).',
  },
  severity: 'required',
  reference:
    'Skatteetaten, Utleggsbegjæring API, tab «Sjekkliste for inkassosystemleverandører», 1. Forberedelser og avtaler',
});
