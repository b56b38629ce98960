import { defineVilkaar } from '../define-vilkaar.js';
import { identifiesSaksoeker } from '../support/minimum-identification.js';
import { partyLabel } from '../support/party-labels.js';

/** A saksøker without the minimum identification of §5.2. */
export default defineVilkaar({
  kode: 'MANGLER_OPPLYSNINGER_OM_SAKSOEKER',
  run: (view) =>
    view.saksoekere
      .filter((party) => !identifiesSaksoeker(party.actor))
      .map((party) => ({ sti: party.actor?.sti ?? party.sti, verdier: { saksøker: partyLabel(party) } })),
});
