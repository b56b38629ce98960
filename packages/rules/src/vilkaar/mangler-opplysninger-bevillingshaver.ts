import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import { prosessfullmektigLabel } from '../support/party-labels.js';

/** A prosessfullmektig given as an organisation names no bevillingshaver (and gives no fullmakt instead). */
export default defineVilkaar({
  kode: 'MANGLER_OPPLYSNINGER_BEVILLINGSHAVER',
  run(view) {
    let funn: Funn[] | undefined;
    for (const p of view.prosessfullmektige) {
      if (p.actor?.kind !== 'virksomhet' || p.bevillingshaver?.navn || p.fullmakt) continue;
      funn = appended(funn, {
        sti: p.bevillingshaver?.sti ?? p.sti,
        verdier: { prosessfullmektig: prosessfullmektigLabel(p) },
      });
    }
    return funn ?? NO_FUNN;
  },
});
