import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';

/** A claim that no tvangsgrunnlag lists. */
export default defineVilkaar({
  kode: 'KRAV_IKKE_BENYTTET',
  run(view) {
    let funn: Funn[] | undefined;
    for (const krav of view.krav) {
      if (krav.referanse !== undefined && view.tvangsgrunnlagByKrav.has(krav.referanse)) continue;
      funn = appended(funn, { sti: krav.sti, verdier: { kravreferanse: krav.referanse ?? '' } });
    }
    return funn ?? NO_FUNN;
  },
});
