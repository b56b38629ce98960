import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import { normaliseCode } from '../view/node.js';
import type { ActorView, PartyView } from '../view/parties.js';

/** The repeated address types of one actor, appended to `funn` (which is created on the first one). */
function repeatedTypes(actor: ActorView | undefined, funn: Funn[] | undefined): Funn[] | undefined {
  if (!actor || actor.adresser.length < 2) return funn;
  const seen = new Set<string>();
  for (const address of actor.adresser) {
    if (address.adressetype === undefined) continue;
    const type = normaliseCode(address.adressetype);
    if (seen.has(type)) {
      // ASSUMPTION maks-en-adresse-placeholder: "%ukjentBosted" opens the list of types.
      funn = appended(funn, { sti: address.sti, verdier: { ukjentBosted: 'ukjentBosted' } });
    } else seen.add(type);
  }
  return funn;
}

function ofParty(party: PartyView | undefined, funn: Funn[] | undefined): Funn[] | undefined {
  return repeatedTypes(party?.prosessfullmektig?.actor, repeatedTypes(party?.actor, funn));
}

/** An actor with two addresses of the same adressetype; reported at each repetition. */
export default defineVilkaar({
  kode: 'MAKS_EN_ADRESSE_AV_HVER_TYPE',
  run(view) {
    let funn = ofParty(view.innsender, undefined);
    for (const party of view.saksoekere) funn = ofParty(party, funn);
    for (const party of view.saksoekte) funn = ofParty(party, funn);
    return funn ?? NO_FUNN;
  },
});
