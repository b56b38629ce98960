import { defineVilkaar } from '../define-vilkaar.js';
import { partyLabel } from '../support/party-labels.js';
import { knownOrganisations } from '../support/register.js';

/** A saksøker organisation the register knows as a sub-unit (underenhet). */
export default defineVilkaar({
  kode: 'ER_IKKE_HOVEDENHET',
  run: (view, context) =>
    knownOrganisations(view, 'saksoeker', context, 'ER_IKKE_HOVEDENHET')
      .filter(({ info }) => info.hovedenhet === false)
      .map(({ party, identifikator }) => ({ sti: identifikator.sti, verdier: { saksøker: partyLabel(party) } })),
});
