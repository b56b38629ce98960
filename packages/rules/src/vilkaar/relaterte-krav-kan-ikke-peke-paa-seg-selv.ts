import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';

/** A claim names itself in relatertKrav. */
export default defineVilkaar({
  kode: 'RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV',
  run(view) {
    let funn: Funn[] | undefined;
    for (const krav of view.krav) {
      for (const relatert of krav.relaterteKrav) {
        if (relatert.value === krav.referanse) funn = appended(funn, { sti: relatert.sti });
      }
    }
    return funn ?? NO_FUNN;
  },
});
