import { defineVilkaar } from '../define-vilkaar.js';
import { field } from '../view/node.js';

/** Priorities are used, but an interest-bearing claim has no priority for its future interest. */
export default defineVilkaar({
  kode: 'PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER',
  run(view) {
    if (!view.krav.some((krav) => krav.prioritetISak)) return [];
    return view.krav
      .filter((krav) => krav.renteopplysninger && !field(krav.renteopplysninger, 'prioritetISakFremtidigRentekrav'))
      .map((krav) => ({ sti: krav.renteopplysninger?.sti ?? krav.sti }));
  },
});
