import { defineVilkaar } from '../define-vilkaar.js';

/** A claim that no tvangsgrunnlag lists. */
export default defineVilkaar({
  kode: 'KRAV_IKKE_BENYTTET',
  run: (view) =>
    view.krav
      .filter((krav) => !krav.referanse || !view.tvangsgrunnlagByKrav.has(krav.referanse.value))
      .map((krav) => ({ sti: krav.sti, verdier: { kravreferanse: krav.referanse?.value ?? '' } })),
});
