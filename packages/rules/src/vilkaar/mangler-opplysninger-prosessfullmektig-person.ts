import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import { prosessfullmektigLabel } from '../support/party-labels.js';

/** A prosessfullmektig given as a person lacks a full name (first and last) or an address. */
export default defineVilkaar({
  kode: 'MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG_PERSON',
  run(view) {
    let funn: Funn[] | undefined;
    for (const p of view.prosessfullmektige) {
      const actor = p.actor;
      if (actor?.kind !== 'person') continue;
      if (actor.fornavn !== undefined && actor.etternavn !== undefined && actor.adresser.length > 0) continue;
      funn = appended(funn, { sti: actor.sti, verdier: { prosessfullmektig: prosessfullmektigLabel(p) } });
    }
    return funn ?? NO_FUNN;
  },
});
