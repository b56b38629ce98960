import { FORFALLSDATO_REQUIRED } from '../assumptions.js';
import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';

/** Model 2.0: a main claim, out-of-court cost or earlier legal cost without kravforfall.forfallsdato. */
export default defineVilkaar({
  kode: 'KRAV_MANGLER_FORFALLSDATO',
  run(view) {
    let funn: Funn[] | undefined;
    for (const krav of view.krav) {
      if (!FORFALLSDATO_REQUIRED.has(krav.type) || krav.forfallsdato) continue;
      funn = appended(funn, {
        sti: krav.kravforfall?.sti ?? krav.sti,
        verdier: { kravreferanse: krav.referanse ?? '', kravdetaljer: krav.kravdetaljer ?? '' },
      });
    }
    return funn ?? NO_FUNN;
  },
});
