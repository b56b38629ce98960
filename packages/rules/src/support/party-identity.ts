import { NONE } from '../view/node.js';
import { identityKey, type PartyView } from '../view/parties.js';
import { appended } from './lists.js';

const NO_PARTIES: readonly PartyView[] = NONE;

/** Short lists are compared pairwise: cheaper than a set for the few parties a begjæring names. */
const PAIRWISE_UP_TO = 16;

/** Whether `key` is among the keys of `parties[0..end)`. */
function occursBefore(parties: readonly PartyView[], end: number, key: string): boolean {
  for (let i = 0; i < end; i++) if (identityKey(parties[i]?.actor) === key) return true;
  return false;
}

/** The entries that repeat an earlier entry of the same list (ASSUMPTION party-identity). */
export function duplicatesOf(parties: readonly PartyView[]): readonly PartyView[] {
  if (parties.length < 2) return NO_PARTIES;
  let duplicates: PartyView[] | undefined;
  if (parties.length <= PAIRWISE_UP_TO) {
    for (let i = 1; i < parties.length; i++) {
      const party = parties[i] as PartyView;
      const key = identityKey(party.actor);
      if (key !== undefined && occursBefore(parties, i, key)) duplicates = appended(duplicates, party);
    }
    return duplicates ?? NO_PARTIES;
  }
  const seen = new Set<string>();
  for (const party of parties) {
    const key = identityKey(party.actor);
    if (key === undefined) continue;
    if (seen.has(key)) duplicates = appended(duplicates, party);
    else seen.add(key);
  }
  return duplicates ?? NO_PARTIES;
}

/** A test "does any of `parties` have this identity": pairwise for a short list, by a set for a long one. */
export function identityTest(parties: readonly PartyView[]): (key: string) => boolean {
  if (parties.length <= PAIRWISE_UP_TO) return (key) => occursBefore(parties, parties.length, key);
  const keys = new Set<string>();
  for (const party of parties) {
    const key = identityKey(party.actor);
    if (key !== undefined) keys.add(key);
  }
  return (key) => keys.has(key);
}

/** Entries of `current` whose party is not among `earlier` (ASSUMPTION change-parties). */
export function newPartiesIn(current: readonly PartyView[], earlier: readonly PartyView[]): PartyView[] {
  const known = new Set(earlier.map((party) => identityKey(party.actor)));
  return current.filter((party) => {
    const key = identityKey(party.actor);
    return key !== undefined && !known.has(key);
  });
}
