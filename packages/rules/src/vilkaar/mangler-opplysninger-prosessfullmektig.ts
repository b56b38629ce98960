import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import { prosessfullmektigLabel } from '../support/party-labels.js';

/** Model 0.9: a prosessfullmektig given as an organisation (the collection agency) has no orgnr. */
export default defineVilkaar({
  kode: 'MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG',
  run(view) {
    let funn: Funn[] | undefined;
    for (const p of view.prosessfullmektige) {
      const actor = p.actor;
      if (actor?.kind !== 'virksomhet' || actor.identifikator) continue;
      funn = appended(funn, { sti: actor.sti, verdier: { prosessfullmektig: prosessfullmektigLabel(p) } });
    }
    return funn ?? NO_FUNN;
  },
});
