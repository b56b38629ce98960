import { COST_OR_FEE_TYPES } from '../assumptions.js';
import { defineVilkaar, type Funn } from '../define-vilkaar.js';

/**
 * Model 2.0: an interest claim relates to exactly one claim, a main claim, cost or fee. More than one related
 * claim is reported at relatertKrav; one related claim of another (unknown) type at that reference.
 */
export default defineVilkaar({
  kode: 'RENTEKRAV_KAN_BARE_RELATERES_TIL_ETT_KRAV',
  run(view) {
    const funn: Funn[] = [];
    for (const krav of view.krav) {
      if (krav.type !== 'rentekrav') continue;
      const verdier = { kravreferanse: krav.referanse?.value ?? '' };
      const distinct = new Set(krav.relaterteKrav.map((relatert) => relatert.value));
      if (distinct.size > 1) {
        funn.push({ sti: krav.relatertKrav?.sti ?? krav.sti, verdier });
        continue;
      }
      const [relatert] = krav.relaterteKrav;
      if (!relatert || relatert.value === krav.referanse?.value) continue;
      const targets = view.kravByReferanse.get(relatert.value) ?? [];
      const wrongType = targets.some(
        (target) => target.type !== 'hovedkrav' && target.type !== 'rentekrav' && !COST_OR_FEE_TYPES.has(target.type),
      );
      if (wrongType) funn.push({ sti: relatert.sti, verdier });
    }
    return funn;
  },
});
