import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';

/** A main claim (Hovedkrav) with relatertKrav. */
export default defineVilkaar({
  kode: 'HOVEDSTOL_SKAL_IKKE_HA_ET_RELATERT_KRAV',
  run(view) {
    let funn: Funn[] | undefined;
    for (const krav of view.krav) {
      if (krav.type === 'hovedkrav' && krav.relaterteKrav.length > 0) {
        funn = appended(funn, { sti: krav.relatertKrav?.sti ?? krav.sti });
      }
    }
    return funn ?? NO_FUNN;
  },
});
