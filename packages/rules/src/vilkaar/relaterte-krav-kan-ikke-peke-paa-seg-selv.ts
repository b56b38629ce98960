import { defineVilkaar } from '../define-vilkaar.js';

/** A claim names itself in relatertKrav. */
export default defineVilkaar({
  kode: 'RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV',
  run: (view) =>
    view.krav.flatMap((krav) =>
      krav.relaterteKrav
        .filter((relatert) => relatert.value === krav.referanse?.value)
        .map((relatert) => ({ sti: relatert.sti })),
    ),
});
