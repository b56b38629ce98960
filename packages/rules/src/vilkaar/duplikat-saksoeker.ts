import { defineVilkaar } from '../define-vilkaar.js';
import { duplicatesOf } from '../support/party-identity.js';

/** The same saksøker listed twice; reported at each repetition. */
export default defineVilkaar({
  kode: 'DUPLIKAT_SAKSOEKER',
  run: (view) => duplicatesOf(view.saksoekere).map((party) => ({ sti: party.sti })),
});
