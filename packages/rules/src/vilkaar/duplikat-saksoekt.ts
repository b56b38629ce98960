import { defineVilkaar } from '../define-vilkaar.js';
import { duplicatesOf } from '../support/party-identity.js';

/** The same saksøkt listed twice; reported at each repetition. */
export default defineVilkaar({
  kode: 'DUPLIKAT_SAKSOEKT',
  run: (view) => duplicatesOf(view.saksoekte).map((party) => ({ sti: party.sti })),
});
