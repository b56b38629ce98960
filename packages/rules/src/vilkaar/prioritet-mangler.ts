import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import { usesPrioritet } from '../support/prioritet.js';

/** Some claims have prioritetISak and some do not; reported at each claim without. */
export default defineVilkaar({
  kode: 'PRIORITET_MANGLER',
  run(view) {
    if (!usesPrioritet(view)) return NO_FUNN;
    let funn: Funn[] | undefined;
    for (const krav of view.krav) if (!krav.harPrioritet) funn = appended(funn, { sti: krav.sti });
    return funn ?? NO_FUNN;
  },
});
