export type { RuleAssumption } from './assumptions.js';
export { KOMMUNE_BESLUTNING_VILKAAR, ruleAssumptions } from './assumptions.js';
export {
  isValidFoedselsnummer,
  isValidIban,
  isValidKid,
  isValidKidMod10,
  isValidKidMod11,
  isValidKontonummer,
  isValidOrgnr,
} from './checksums.js';
export type { Funn, RuleContext, VilkaarDefinition, VilkaarRule } from './define-vilkaar.js';
export { defineVilkaar } from './define-vilkaar.js';
export type { RulesErrorCode } from './errors.js';
export { RulesError } from './errors.js';
export { compareDocumentOrder, escapeSegment, parsePointer, resolvePointer } from './pointer.js';
export type { NotApplicableVilkaar, ProvingReport, SkippedVilkaar, UnknownParty } from './prov.js';
export { findRule, prov, provDetailed, provKommuneBeslutning } from './prov.js';
export type { BegjaeringView } from './view/begjaering-view.js';
export { createBegjaeringView } from './view/begjaering-view.js';
export { vilkaarRules } from './vilkaar-rules.js';
