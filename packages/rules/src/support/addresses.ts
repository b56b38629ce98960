import type { Funn } from '../define-vilkaar.js';
import type { PartyView } from '../view/parties.js';
import { partyLabel } from './party-labels.js';

type Placeholder = 'saksøker' | 'saksøkt';

/** Domestic addresses of the parties without adressetekst or postnummer. */
export function invalidDomesticAddresses(parties: readonly PartyView[], placeholder: Placeholder): Funn[] {
  return parties.flatMap((party) =>
    (party.actor?.adresser ?? [])
      .filter((address) => address.innland && !(address.innland.adressetekst && address.innland.postnummer))
      .map((address) => ({ sti: address.innland?.sti ?? address.sti, verdier: { [placeholder]: partyLabel(party) } })),
  );
}

/** Foreign addresses of the parties without poststed or landkode. */
export function invalidForeignAddresses(parties: readonly PartyView[], placeholder: Placeholder): Funn[] {
  return parties.flatMap((party) =>
    (party.actor?.adresser ?? [])
      .filter((address) => address.utland && !(address.utland.poststed && address.utland.landkode))
      .map((address) => ({ sti: address.utland?.sti ?? address.sti, verdier: { [placeholder]: partyLabel(party) } })),
  );
}
