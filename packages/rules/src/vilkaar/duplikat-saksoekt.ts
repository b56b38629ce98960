import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { duplicatesOf } from '../support/party-identity.js';

/** The same saksøkt listed twice; reported at each repetition. */
export default defineVilkaar({
  kode: 'DUPLIKAT_SAKSOEKT',
  run(view) {
    const duplicates = duplicatesOf(view.saksoekte);
    if (duplicates.length === 0) return NO_FUNN;
    return duplicates.map((party): Funn => ({ sti: party.sti }));
  },
});
