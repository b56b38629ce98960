import { defineVilkaar } from '../define-vilkaar.js';

/** A main claim (Hovedkrav) with relatertKrav. */
export default defineVilkaar({
  kode: 'HOVEDSTOL_SKAL_IKKE_HA_ET_RELATERT_KRAV',
  run: (view) =>
    view.krav
      .filter((krav) => krav.type === 'hovedkrav' && krav.relaterteKrav.length > 0)
      .map((krav) => ({ sti: krav.relatertKrav?.sti ?? krav.sti })),
});
