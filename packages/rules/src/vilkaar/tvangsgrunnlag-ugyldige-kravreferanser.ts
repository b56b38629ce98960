import { defineVilkaar } from '../define-vilkaar.js';

/** A tvangsgrunnlag lists a claim reference that no claim has (not reported when there are no claims at all). */
export default defineVilkaar({
  kode: 'TVANGSGRUNNLAG_UGYLDIGE_KRAVREFERANSER',
  run(view) {
    if (view.krav.length === 0) return [];
    return view.tvangsgrunnlag.flatMap((grunnlag) =>
      grunnlag.kravreferanser
        .filter((referanse) => !view.kravByReferanse.has(referanse.value))
        .map((referanse) => ({ sti: referanse.sti, verdier: { kravreferanse: referanse.value } })),
    );
  },
});
