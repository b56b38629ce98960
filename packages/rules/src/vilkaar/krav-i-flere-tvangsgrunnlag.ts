import { defineVilkaar, type Funn } from '../define-vilkaar.js';

/** A claim listed by more than one tvangsgrunnlag; reported at its listing in the second and later ones. */
export default defineVilkaar({
  kode: 'KRAV_I_FLERE_TVANGSGRUNNLAG',
  run(view) {
    const firstGrunnlag = new Map<string, number>();
    const funn: Funn[] = [];
    for (const grunnlag of view.tvangsgrunnlag) {
      for (const referanse of grunnlag.kravreferanser) {
        if (!view.kravByReferanse.has(referanse.value)) continue;
        const first = firstGrunnlag.get(referanse.value);
        if (first === undefined) firstGrunnlag.set(referanse.value, grunnlag.index);
        else if (first !== grunnlag.index) funn.push({ sti: referanse.sti });
      }
    }
    return funn;
  },
});
