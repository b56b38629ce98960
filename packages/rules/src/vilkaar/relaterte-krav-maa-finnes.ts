import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';

/** Two ascending index lists share an index. */
function intersects(a: readonly number[], b: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const left = a[i] as number;
    const right = b[j] as number;
    if (left === right) return true;
    if (left < right) i++;
    else j++;
  }
  return false;
}

/** A related claim is in no tvangsgrunnlag together with the claim that names it. */
export default defineVilkaar({
  kode: 'RELATERTE_KRAV_MÅ_FINNES',
  run(view) {
    const grunnlagOf = view.tvangsgrunnlagByKrav;
    let funn: Funn[] | undefined;
    for (const krav of view.krav) {
      const own = krav.referanse === undefined ? undefined : grunnlagOf.get(krav.referanse);
      if (!own) continue;
      for (const relatert of krav.relaterteKrav) {
        if (relatert.value === krav.referanse) continue;
        const theirs = grunnlagOf.get(relatert.value);
        if (theirs !== undefined && !intersects(own, theirs)) funn = appended(funn, { sti: relatert.sti });
      }
    }
    return funn ?? NO_FUNN;
  },
});
