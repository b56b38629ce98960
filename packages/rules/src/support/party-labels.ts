import type { PartyView, ProsessfullmektigView } from '../view/parties.js';
import { displayName } from '../view/parties.js';

/**
 * `%saksøker`, `%saksøkt`, `%innsender`: the party's name, else its identifier, else its position ("nr. 2"),
 * so that "Saksøkte %saksøkt sin adresse …" always reads.
 */
export function partyLabel(party: PartyView): string {
  return displayName(party, party.rolle === 'innsender' ? '(uten navn)' : `nr. ${party.index + 1}`);
}

/** `%prosessfullmektig`: its name, else its identifier, else "(uten navn)". */
export function prosessfullmektigLabel(prosessfullmektig: ProsessfullmektigView): string {
  return displayName(prosessfullmektig, '(uten navn)');
}
