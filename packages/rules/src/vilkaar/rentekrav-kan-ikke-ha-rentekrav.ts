import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';

/** An interest claim related to another interest claim. */
export default defineVilkaar({
  kode: 'RENTEKRAV_KAN_IKKE_HA_RENTEKRAV',
  run(view) {
    let funn: Funn[] | undefined;
    for (const krav of view.krav) {
      if (krav.type !== 'rentekrav') continue;
      for (const relatert of krav.relaterteKrav) {
        if (relatert.value === krav.referanse) continue;
        const targets = view.kravByReferanse.get(relatert.value);
        if (targets?.some((target) => target.type === 'rentekrav')) funn = appended(funn, { sti: relatert.sti });
      }
    }
    return funn ?? NO_FUNN;
  },
});
