import { FORFALLSDATO_FORBIDDEN } from '../assumptions.js';
import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';

/** Model 2.0: a claim for writing costs or interest that carries kravforfall. */
export default defineVilkaar({
  kode: 'KRAV_OPPGIS_UTEN_FORFALLSDATO',
  run(view) {
    let funn: Funn[] | undefined;
    for (const krav of view.krav) {
      if (!FORFALLSDATO_FORBIDDEN.has(krav.type) || !krav.kravforfall) continue;
      funn = appended(funn, {
        sti: krav.kravforfall.sti,
        verdier: { kravreferanse: krav.referanse ?? '', kravdetaljer: krav.kravdetaljer ?? '' },
      });
    }
    return funn ?? NO_FUNN;
  },
});
