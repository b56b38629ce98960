import { defineVilkaar } from '../define-vilkaar.js';
import { prosessfullmektigLabel } from '../support/party-labels.js';

/** A prosessfullmektig given as a person lacks a full name (first and last) or an address. */
export default defineVilkaar({
  kode: 'MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG_PERSON',
  run: (view) =>
    view.prosessfullmektige
      .filter(
        (p) =>
          p.actor?.kind === 'person' &&
          (p.actor.fornavn === undefined || p.actor.etternavn === undefined || p.actor.adresser.length === 0),
      )
      .map((p) => ({ sti: p.actor?.sti ?? p.sti, verdier: { prosessfullmektig: prosessfullmektigLabel(p) } })),
});
