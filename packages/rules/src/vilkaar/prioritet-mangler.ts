import { defineVilkaar } from '../define-vilkaar.js';

/** Some claims have prioritetISak and some do not; reported at each claim without. */
export default defineVilkaar({
  kode: 'PRIORITET_MANGLER',
  run(view) {
    if (!view.krav.some((krav) => krav.prioritetISak)) return [];
    return view.krav.filter((krav) => !krav.prioritetISak).map((krav) => ({ sti: krav.sti }));
  },
});
