import { defineVilkaar } from '../define-vilkaar.js';
import { partyLabel } from '../support/party-labels.js';
import { knownOrganisations } from '../support/register.js';

/** A saksøker given by the orgnr of a sole proprietorship (ENK) instead of its owner. */
export default defineVilkaar({
  kode: 'SAKSOKER_ER_ENK',
  run: (view, context) =>
    knownOrganisations(view, 'saksoeker', context, 'SAKSOKER_ER_ENK')
      .filter(({ info }) => info.enk === true)
      .map(({ party, identifikator }) => ({ sti: identifikator.sti, verdier: { saksøker: partyLabel(party) } })),
});
