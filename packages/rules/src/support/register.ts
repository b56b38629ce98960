import type { PartyInfo } from '@elan-kit/schemas';
import { type Funn, NO_FUNN, type RuleContext } from '../define-vilkaar.js';
import type { BegjaeringView } from '../view/begjaering-view.js';
import { type IdentifierView, isNorwegianValid } from '../view/identifier.js';
import { NONE } from '../view/node.js';
import type { PartyView } from '../view/parties.js';
import { appended } from './lists.js';

export interface RegisteredParty {
  readonly party: PartyView;
  readonly identifikator: IdentifierView;
  /** `undefined` when the register does not know the identifier. */
  readonly info: PartyInfo | undefined;
}

type Rolle = 'saksoeker' | 'saksoekt';

function lookUp(view: BegjaeringView, rolle: Rolle, context: RuleContext): readonly RegisteredParty[] {
  let out: RegisteredParty[] | undefined;
  for (const party of rolle === 'saksoeker' ? view.saksoekere : view.saksoekte) {
    const identifikator = party.actor?.identifikator;
    if (!identifikator || !isNorwegianValid(identifikator)) continue;
    out = appended(out, { party, identifikator, info: context.lookupParty(identifikator) });
  }
  return out ?? NO_REGISTERED;
}

const NO_REGISTERED: readonly RegisteredParty[] = NONE;

/** The parties with a valid Norwegian identifier, with what the register says about each (looked up once). */
export function lookUpParties(view: BegjaeringView, rolle: Rolle, context: RuleContext): readonly RegisteredParty[] {
  const key = rolle === 'saksoeker' ? 'register:saksoeker' : 'register:saksoekt';
  return context.memo(key, () => lookUp(view, rolle, context));
}

/**
 * Findings for the organisation-specific vilkår (ENK, hovedenhet): `applies` picks the register answers that break
 * the vilkår, `funnFor` words the finding. An identifier the register does not know is noted (ASSUMPTION
 * register-unknown) unless the register is complete, where it is simply not an ENK/sub-unit.
 */
export function organisationFunn(
  view: BegjaeringView,
  rolle: Rolle,
  context: RuleContext,
  kode: string,
  applies: (info: PartyInfo) => boolean,
  funnFor: (entry: RegisteredParty) => Funn,
): readonly Funn[] {
  let funn: Funn[] | undefined;
  for (const entry of lookUpParties(view, rolle, context)) {
    if (entry.info === undefined) {
      if (!context.partyRegisterComplete) context.noteUnknownParty(kode, entry.identifikator);
      continue;
    }
    if (entry.info.kind === 'organisasjon' && applies(entry.info)) funn = appended(funn, funnFor(entry));
  }
  return funn ?? NO_FUNN;
}
