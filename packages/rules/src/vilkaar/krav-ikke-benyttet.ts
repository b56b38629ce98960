import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';

/** A claim that no tvangsgrunnlag lists. */
export default defineVilkaar({
  kode: 'KRAV_IKKE_BENYTTET',
  run(view) {
    let funn: Funn[] | undefined;
    for (const krav of view.krav) {
      if (krav.referanse && view.tvangsgrunnlagByKrav.has(krav.referanse.value)) continue;
      funn = appended(funn, { sti: krav.sti, verdier: { kravreferanse: krav.referanse?.value ?? '' } });
    }
    return funn ?? NO_FUNN;
  },
});
