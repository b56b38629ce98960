import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';

/** Model 2.0: an interest claim carries interest-bearing information (rentebaerendeKrav) of its own. */
export default defineVilkaar({
  kode: 'RENTEKRAV_KAN_IKKE_HA_RENTEOPPLYSNINGER',
  run(view) {
    let funn: Funn[] | undefined;
    for (const krav of view.krav) {
      if (krav.type !== 'rentekrav' || !krav.renteopplysninger) continue;
      funn = appended(funn, {
        sti: krav.renteopplysninger.sti,
        verdier: { kravreferanse: krav.referanse ?? '' },
      });
    }
    return funn ?? NO_FUNN;
  },
});
