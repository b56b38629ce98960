import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';

/** An interest claim (kravdetaljer Rentekrav) without relatertKrav. */
export default defineVilkaar({
  kode: 'RENTE_MAA_HA_RELATERT_KRAV',
  run(view) {
    let funn: Funn[] | undefined;
    for (const krav of view.krav) {
      if (krav.type === 'rentekrav' && krav.relaterteKrav.length === 0) funn = appended(funn, { sti: krav.sti });
    }
    return funn ?? NO_FUNN;
  },
});
