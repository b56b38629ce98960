import { identityKey, type PartyView } from '../view/parties.js';

/** The entries that repeat an earlier entry of the same list (ASSUMPTION party-identity). */
export function duplicatesOf(parties: readonly PartyView[]): PartyView[] {
  const seen = new Set<string>();
  const duplicates: PartyView[] = [];
  for (const party of parties) {
    const key = identityKey(party.actor);
    if (key === undefined) continue;
    if (seen.has(key)) duplicates.push(party);
    else seen.add(key);
  }
  return duplicates;
}

/** Entries of `current` whose party is not among `earlier` (ASSUMPTION change-parties). */
export function newPartiesIn(current: readonly PartyView[], earlier: readonly PartyView[]): PartyView[] {
  const known = new Set(earlier.map((party) => identityKey(party.actor)));
  return current.filter((party) => {
    const key = identityKey(party.actor);
    return key !== undefined && !known.has(key);
  });
}
