import { defineVilkaar } from '../define-vilkaar.js';

/** An interest claim (kravdetaljer Rentekrav) without relatertKrav. */
export default defineVilkaar({
  kode: 'RENTE_MAA_HA_RELATERT_KRAV',
  run: (view) =>
    view.krav
      .filter((krav) => krav.type === 'rentekrav' && krav.relaterteKrav.length === 0)
      .map((krav) => ({ sti: krav.sti })),
});
