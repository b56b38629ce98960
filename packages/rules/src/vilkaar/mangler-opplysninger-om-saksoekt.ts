import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import { identifiesSaksoekt } from '../support/minimum-identification.js';
import { partyLabel } from '../support/party-labels.js';

/** A saksøkt without the minimum identification of §5.2. */
export default defineVilkaar({
  kode: 'MANGLER_OPPLYSNINGER_OM_SAKSOEKT',
  run(view) {
    let funn: Funn[] | undefined;
    for (const party of view.saksoekte) {
      if (identifiesSaksoekt(party.actor)) continue;
      funn = appended(funn, { sti: party.actor?.sti ?? party.sti, verdier: { saksøkt: partyLabel(party) } });
    }
    return funn ?? NO_FUNN;
  },
});
