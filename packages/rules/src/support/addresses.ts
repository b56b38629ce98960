import { type Funn, NO_FUNN } from '../define-vilkaar.js';
import { NONE } from '../view/node.js';
import type { PartyView } from '../view/parties.js';
import { appended } from './lists.js';
import { partyLabel } from './party-labels.js';

type Placeholder = 'saksøker' | 'saksøkt';

/** Domestic addresses of the parties without adressetekst or postnummer. */
export function invalidDomesticAddresses(parties: readonly PartyView[], placeholder: Placeholder): readonly Funn[] {
  let funn: Funn[] | undefined;
  for (const party of parties) {
    for (const address of party.actor?.adresser ?? NONE) {
      const innland = address.innland;
      if (!innland || (innland.adressetekst && innland.postnummer)) continue;
      funn = appended(funn, { sti: innland.sti, verdier: { [placeholder]: partyLabel(party) } });
    }
  }
  return funn ?? NO_FUNN;
}

/** Foreign addresses of the parties without poststed or landkode. */
export function invalidForeignAddresses(parties: readonly PartyView[], placeholder: Placeholder): readonly Funn[] {
  let funn: Funn[] | undefined;
  for (const party of parties) {
    for (const address of party.actor?.adresser ?? NONE) {
      const utland = address.utland;
      if (!utland || (utland.poststed && utland.landkode)) continue;
      funn = appended(funn, { sti: utland.sti, verdier: { [placeholder]: partyLabel(party) } });
    }
  }
  return funn ?? NO_FUNN;
}
