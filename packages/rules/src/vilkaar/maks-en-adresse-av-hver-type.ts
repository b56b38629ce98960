import { defineVilkaar, type Funn } from '../define-vilkaar.js';
import { normaliseCode } from '../view/node.js';
import type { ActorView } from '../view/parties.js';

/** An actor with two addresses of the same adressetype; reported at each repetition. */
export default defineVilkaar({
  kode: 'MAKS_EN_ADRESSE_AV_HVER_TYPE',
  run(view) {
    const actors: ActorView[] = [];
    for (const party of [view.innsender, ...view.saksoekere, ...view.saksoekte]) {
      if (party?.actor) actors.push(party.actor);
      if (party?.prosessfullmektig?.actor) actors.push(party.prosessfullmektig.actor);
    }
    const funn: Funn[] = [];
    for (const actor of actors) {
      const seen = new Set<string>();
      for (const address of actor.adresser) {
        if (!address.adressetype) continue;
        const type = normaliseCode(address.adressetype.value);
        if (seen.has(type)) {
          // ASSUMPTION maks-en-adresse-placeholder: "%ukjentBosted" opens the list of types.
          funn.push({ sti: address.sti, verdier: { ukjentBosted: 'ukjentBosted' } });
        } else seen.add(type);
      }
    }
    return funn;
  },
});
