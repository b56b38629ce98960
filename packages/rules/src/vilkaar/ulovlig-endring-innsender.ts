import { defineVilkaar, NO_FUNN } from '../define-vilkaar.js';
import { identityKey } from '../view/parties.js';

/** A change naming another innsender than the stored begjæring. */
export default defineVilkaar({
  kode: 'ULOVLIG_ENDRING_INNSENDER',
  run(view, context) {
    if (!context.earlier) return NO_FUNN;
    const now = identityKey(view.innsender?.actor);
    const before = identityKey(context.earlier.innsender?.actor);
    return now === before ? NO_FUNN : [{ sti: view.innsender?.sti ?? '' }];
  },
});
