import { COST_OR_FEE_TYPES } from '../assumptions.js';
import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import type { Located } from '../view/node.js';

function hasSeveralDistinct(relaterte: readonly Located<string>[]): boolean {
  for (let i = 1; i < relaterte.length; i++) if (relaterte[i]?.value !== relaterte[0]?.value) return true;
  return false;
}

/**
 * Model 2.0: an interest claim relates to exactly one claim, a main claim, cost or fee. More than one related
 * claim is reported at relatertKrav; one related claim of another (unknown) type at that reference.
 */
export default defineVilkaar({
  kode: 'RENTEKRAV_KAN_BARE_RELATERES_TIL_ETT_KRAV',
  run(view) {
    let funn: Funn[] | undefined;
    for (const krav of view.krav) {
      if (krav.type !== 'rentekrav') continue;
      if (hasSeveralDistinct(krav.relaterteKrav)) {
        funn = appended(funn, {
          sti: krav.relatertKrav?.sti ?? krav.sti,
          verdier: { kravreferanse: krav.referanse ?? '' },
        });
        continue;
      }
      const relatert = krav.relaterteKrav[0];
      if (!relatert || relatert.value === krav.referanse) continue;
      const targets = view.kravByReferanse.get(relatert.value);
      const wrongType = targets?.some(
        (target) => target.type !== 'hovedkrav' && target.type !== 'rentekrav' && !COST_OR_FEE_TYPES.has(target.type),
      );
      if (wrongType) funn = appended(funn, { sti: relatert.sti, verdier: { kravreferanse: krav.referanse ?? '' } });
    }
    return funn ?? NO_FUNN;
  },
});
