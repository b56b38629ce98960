import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import { usesPrioritet } from '../support/prioritet.js';
import { isPresent } from '../view/node.js';

/** Priorities are used, but an interest-bearing claim has no priority for its future interest. */
export default defineVilkaar({
  kode: 'PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER',
  run(view) {
    if (!usesPrioritet(view)) return NO_FUNN;
    let funn: Funn[] | undefined;
    for (const krav of view.krav) {
      const renteopplysninger = krav.renteopplysninger;
      if (!renteopplysninger || isPresent(renteopplysninger.value['prioritetISakFremtidigRentekrav'])) continue;
      funn = appended(funn, { sti: renteopplysninger.sti });
    }
    return funn ?? NO_FUNN;
  },
});
