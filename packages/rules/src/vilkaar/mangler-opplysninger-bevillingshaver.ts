import { defineVilkaar } from '../define-vilkaar.js';
import { prosessfullmektigLabel } from '../support/party-labels.js';

/** A prosessfullmektig given as an organisation names no bevillingshaver (and gives no fullmakt instead). */
export default defineVilkaar({
  kode: 'MANGLER_OPPLYSNINGER_BEVILLINGSHAVER',
  run: (view) =>
    view.prosessfullmektige
      .filter((p) => p.actor?.kind === 'virksomhet' && !p.bevillingshaver?.navn && !p.fullmakt)
      .map((p) => ({
        sti: p.bevillingshaver?.sti ?? p.sti,
        verdier: { prosessfullmektig: prosessfullmektigLabel(p) },
      })),
});
