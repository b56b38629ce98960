import { defineVilkaar } from '../define-vilkaar.js';
import { partyLabel } from '../support/party-labels.js';
import { knownOrganisations } from '../support/register.js';

/** A saksøkt given by the orgnr of a sole proprietorship (ENK) instead of its owner. */
export default defineVilkaar({
  kode: 'SAKSOEKT_ER_ENK',
  run: (view, context) =>
    knownOrganisations(view, 'saksoekt', context, 'SAKSOEKT_ER_ENK')
      .filter(({ info }) => info.enk === true)
      .map(({ party, identifikator }) => ({ sti: identifikator.sti, verdier: { saksøkt: partyLabel(party) } })),
});
