import type { PartyInfo } from '@elan-kit/schemas';
import type { RuleContext } from '../define-vilkaar.js';
import type { BegjaeringView } from '../view/begjaering-view.js';
import { type IdentifierView, isNorwegianValid } from '../view/identifier.js';
import type { PartyView } from '../view/parties.js';

export interface RegisteredParty {
  readonly party: PartyView;
  readonly identifikator: IdentifierView;
  /** `undefined` when the register does not know the identifier. */
  readonly info: PartyInfo | undefined;
}

/** The parties with a valid Norwegian identifier, with what the register says about each. */
export function lookUpParties(
  view: BegjaeringView,
  rolle: 'saksoeker' | 'saksoekt',
  context: RuleContext,
): readonly RegisteredParty[] {
  return context.memo(`register:${rolle}`, () => {
    const out: RegisteredParty[] = [];
    for (const party of rolle === 'saksoeker' ? view.saksoekere : view.saksoekte) {
      const identifikator = party.actor?.identifikator;
      if (!identifikator || !isNorwegianValid(identifikator)) continue;
      out.push({ party, identifikator, info: context.lookupParty(identifikator) });
    }
    return out;
  });
}

/**
 * The register's answer for the organisation-specific vilkår (ENK, hovedenhet). An identifier the register does not
 * know is noted (ASSUMPTION register-unknown) unless the register is complete, where it is simply not an ENK/sub-unit.
 */
export function knownOrganisations(
  view: BegjaeringView,
  rolle: 'saksoeker' | 'saksoekt',
  context: RuleContext,
  kode: string,
): Array<RegisteredParty & { info: PartyInfo }> {
  const out: Array<RegisteredParty & { info: PartyInfo }> = [];
  for (const entry of lookUpParties(view, rolle, context)) {
    if (entry.info === undefined) {
      if (!context.partyRegisterComplete) context.noteUnknownParty(kode, entry.identifikator);
      continue;
    }
    if (entry.info.kind === 'organisasjon') out.push(entry as RegisteredParty & { info: PartyInfo });
  }
  return out;
}
