import { defineVilkaar } from '../define-vilkaar.js';
import { partyLabel } from '../support/party-labels.js';
import { knownOrganisations } from '../support/register.js';

/** A saksøkt organisation the register knows as a sub-unit (underenhet). */
export default defineVilkaar({
  kode: 'SAKSOEKT_ER_IKKE_HOVEDENHET',
  run: (view, context) =>
    knownOrganisations(view, 'saksoekt', context, 'SAKSOEKT_ER_IKKE_HOVEDENHET')
      .filter(({ info }) => info.hovedenhet === false)
      .map(({ party, identifikator }) => ({ sti: identifikator.sti, verdier: { saksøkt: partyLabel(party) } })),
});
