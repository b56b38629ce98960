import { defineVilkaar } from '../define-vilkaar.js';
import { prosessfullmektigLabel } from '../support/party-labels.js';

/** Model 0.9: a prosessfullmektig given as an organisation (the collection agency) has no orgnr. */
export default defineVilkaar({
  kode: 'MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG',
  run: (view) =>
    view.prosessfullmektige
      .filter((p) => p.actor?.kind === 'virksomhet' && !p.actor.identifikator)
      .map((p) => ({ sti: p.actor?.sti ?? p.sti, verdier: { prosessfullmektig: prosessfullmektigLabel(p) } })),
});
