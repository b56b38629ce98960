import { defineVilkaar, NO_FUNN } from '../define-vilkaar.js';
import { newPartiesIn } from '../support/party-identity.js';
import { partyLabel } from '../support/party-labels.js';

/** Model 2.0: a change adds a saksøkt; a new debtor must be sent on paper. */
export default defineVilkaar({
  kode: 'ULOVLIG_ENDRING_SAKSOEKT',
  run(view, context) {
    if (!context.earlier) return NO_FUNN;
    return newPartiesIn(view.saksoekte, context.earlier.saksoekte).map((party) => ({
      sti: party.sti,
      verdier: { saksøkt: partyLabel(party) },
    }));
  },
});
