import { defineVilkaar } from '../define-vilkaar.js';

/** Two claims with the same reference; reported at each repetition. */
export default defineVilkaar({
  kode: 'KRAV_DUPLIKATE_REFERANSER',
  run: (view) =>
    [...view.kravByReferanse.values()]
      .filter((krav) => krav.length > 1)
      .flatMap((krav) => krav.slice(1))
      .map((krav) => ({
        sti: krav.referanse?.sti ?? krav.sti,
        verdier: { kravreferanse: krav.referanse?.value ?? '' },
      })),
});
