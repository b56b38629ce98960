import { COST_OR_FEE_TYPES } from '../assumptions.js';
import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';

/** A cost or fee related to an existing claim that is not a main claim. */
export default defineVilkaar({
  kode: 'GEBYR_ELLER_SAKSKOSTNAD_HAR_ET_RELATERTKRAV_SOM_IKKE_ER_HOVEDSTOL',
  run(view) {
    let funn: Funn[] | undefined;
    for (const krav of view.krav) {
      if (!COST_OR_FEE_TYPES.has(krav.type)) continue;
      for (const relatert of krav.relaterteKrav) {
        if (relatert.value === krav.referanse) continue;
        const targets = view.kravByReferanse.get(relatert.value);
        if (targets?.some((target) => target.type !== 'hovedkrav')) funn = appended(funn, { sti: relatert.sti });
      }
    }
    return funn ?? NO_FUNN;
  },
});
