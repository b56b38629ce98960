import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';

/** Two claims with the same reference; reported at each repetition. */
export default defineVilkaar({
  kode: 'KRAV_DUPLIKATE_REFERANSER',
  run(view) {
    let funn: Funn[] | undefined;
    for (const krav of view.kravByReferanse.values()) {
      for (let i = 1; i < krav.length; i++) {
        const repeated = krav[i];
        if (!repeated) continue;
        funn = appended(funn, {
          sti: repeated.referanse === undefined ? repeated.sti : repeated.referanseSti,
          verdier: { kravreferanse: repeated.referanse ?? '' },
        });
      }
    }
    return funn ?? NO_FUNN;
  },
});
