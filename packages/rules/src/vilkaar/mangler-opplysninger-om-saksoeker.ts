import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import { identifiesSaksoeker } from '../support/minimum-identification.js';
import { partyLabel } from '../support/party-labels.js';

/** A saksøker without the minimum identification of §5.2. */
export default defineVilkaar({
  kode: 'MANGLER_OPPLYSNINGER_OM_SAKSOEKER',
  run(view) {
    let funn: Funn[] | undefined;
    for (const party of view.saksoekere) {
      if (identifiesSaksoeker(party.actor)) continue;
      funn = appended(funn, { sti: party.actor?.sti ?? party.sti, verdier: { saksøker: partyLabel(party) } });
    }
    return funn ?? NO_FUNN;
  },
});
