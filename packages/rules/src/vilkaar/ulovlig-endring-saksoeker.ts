import { defineVilkaar, NO_FUNN } from '../define-vilkaar.js';
import { newPartiesIn } from '../support/party-identity.js';
import { partyLabel } from '../support/party-labels.js';

/** Model 2.0: a change names a saksøker the stored begjæring does not have. */
export default defineVilkaar({
  kode: 'ULOVLIG_ENDRING_SAKSOEKER',
  run(view, context) {
    if (!context.earlier) return NO_FUNN;
    return newPartiesIn(view.saksoekere, context.earlier.saksoekere).map((party) => ({
      sti: party.sti,
      verdier: { saksøker: partyLabel(party) },
    }));
  },
});
