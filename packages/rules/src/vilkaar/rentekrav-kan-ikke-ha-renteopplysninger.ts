import { defineVilkaar } from '../define-vilkaar.js';

/** Model 2.0: an interest claim carries interest-bearing information (rentebaerendeKrav) of its own. */
export default defineVilkaar({
  kode: 'RENTEKRAV_KAN_IKKE_HA_RENTEOPPLYSNINGER',
  run: (view) =>
    view.krav
      .filter((krav) => krav.type === 'rentekrav' && krav.renteopplysninger)
      .map((krav) => ({
        sti: krav.renteopplysninger?.sti ?? krav.sti,
        verdier: { kravreferanse: krav.referanse?.value ?? '' },
      })),
});
