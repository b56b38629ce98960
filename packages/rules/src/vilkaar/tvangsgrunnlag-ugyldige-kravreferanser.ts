import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';

/** A tvangsgrunnlag lists a claim reference that no claim has (not reported when there are no claims at all). */
export default defineVilkaar({
  kode: 'TVANGSGRUNNLAG_UGYLDIGE_KRAVREFERANSER',
  run(view) {
    if (view.krav.length === 0) return NO_FUNN;
    let funn: Funn[] | undefined;
    for (const grunnlag of view.tvangsgrunnlag) {
      for (const referanse of grunnlag.kravreferanser) {
        if (view.kravByReferanse.has(referanse.value)) continue;
        funn = appended(funn, { sti: referanse.sti, verdier: { kravreferanse: referanse.value } });
      }
    }
    return funn ?? NO_FUNN;
  },
});
