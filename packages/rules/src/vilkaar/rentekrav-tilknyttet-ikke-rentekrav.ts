import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';

/** Model 2.0: the `rentekrav` details sit on a claim whose kravdetaljer is not Rentekrav. */
export default defineVilkaar({
  kode: 'RENTEKRAV_TILKNYTTET_IKKE_RENTEKRAV',
  run(view) {
    let funn: Funn[] | undefined;
    for (const krav of view.krav) {
      if (!krav.rentekrav || !krav.kravdetaljer || krav.type === 'rentekrav') continue;
      funn = appended(funn, {
        sti: krav.rentekrav.sti,
        verdier: { kravreferanse: krav.referanse ?? '', kravdetaljer: krav.kravdetaljer },
      });
    }
    return funn ?? NO_FUNN;
  },
});
