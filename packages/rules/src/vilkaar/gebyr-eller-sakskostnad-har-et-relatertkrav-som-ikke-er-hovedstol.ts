import { COST_OR_FEE_TYPES } from '../assumptions.js';
import { defineVilkaar } from '../define-vilkaar.js';

/** A cost or fee related to an existing claim that is not a main claim. */
export default defineVilkaar({
  kode: 'GEBYR_ELLER_SAKSKOSTNAD_HAR_ET_RELATERTKRAV_SOM_IKKE_ER_HOVEDSTOL',
  run: (view) =>
    view.krav
      .filter((krav) => COST_OR_FEE_TYPES.has(krav.type))
      .flatMap((krav) =>
        krav.relaterteKrav.filter((relatert) => {
          if (relatert.value === krav.referanse?.value) return false;
          const targets = view.kravByReferanse.get(relatert.value);
          return targets?.some((target) => target.type !== 'hovedkrav') ?? false;
        }),
      )
      .map((relatert) => ({ sti: relatert.sti })),
});
