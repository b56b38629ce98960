import { defineVilkaar, NO_FUNN } from '../define-vilkaar.js';

/** No innsender, or an innsender without any actor in it. */
export default defineVilkaar({
  kode: 'INNSENDER_MANGLER',
  run(view) {
    const innsender = view.innsender;
    if (innsender?.actor && innsender.actor.kind !== 'ukjent') return NO_FUNN;
    return [{ sti: view.hasInnsenderField ? '/innsender' : '' }];
  },
});
