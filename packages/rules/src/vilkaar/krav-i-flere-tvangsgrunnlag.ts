import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';

/** A claim listed by more than one tvangsgrunnlag; reported at its listing in the second and later ones. */
export default defineVilkaar({
  kode: 'KRAV_I_FLERE_TVANGSGRUNNLAG',
  run(view) {
    let funn: Funn[] | undefined;
    for (const grunnlag of view.tvangsgrunnlag) {
      for (const referanse of grunnlag.kravreferanser) {
        if (!view.kravByReferanse.has(referanse.value)) continue;
        // The index of the first tvangsgrunnlag listing the reference: the shared index built once for the view.
        const first = view.tvangsgrunnlagByKrav.get(referanse.value)?.[0];
        if (first !== undefined && first !== grunnlag.index) funn = appended(funn, { sti: referanse.sti });
      }
    }
    return funn ?? NO_FUNN;
  },
});
