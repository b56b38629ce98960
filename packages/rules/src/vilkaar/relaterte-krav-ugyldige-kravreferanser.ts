import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';

/** relatertKrav names a claim reference that no claim has. */
export default defineVilkaar({
  kode: 'RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER',
  run(view) {
    let funn: Funn[] | undefined;
    for (const krav of view.krav) {
      for (const relatert of krav.relaterteKrav) {
        if (view.kravByReferanse.has(relatert.value)) continue;
        const kravreferanse = krav.referanse ?? '';
        funn = appended(funn, {
          sti: relatert.sti,
          verdier: { hovedkravRef: kravreferanse, relatertKravRef: relatert.value, kravreferanse },
        });
      }
    }
    return funn ?? NO_FUNN;
  },
});
