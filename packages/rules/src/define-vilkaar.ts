import {
  type AvvikstekstVerdi,
  compareDocumentOrder,
  findVilkaar,
  formatAvvikstekst,
  type Kontrollutslag,
  type ModelVersion,
  type PartyInfo,
  type ProvingContext,
  type Vilkaar,
} from '@elan-kit/schemas';
import { RulesError } from './errors.js';
import type { BegjaeringView } from './view/begjaering-view.js';
import type { IdentifierView } from './view/identifier.js';
import { NONE } from './view/node.js';

/** What a rule function reports: where, and the values for the avvikstekst. The catalog supplies the texts. */
export interface Funn {
  /** JSON pointer of the offending element in the document as submitted. */
  readonly sti: string;
  /** Values of the named placeholders (`%kravreferanse` ⇒ `{ kravreferanse: … }`). */
  readonly verdier?: Readonly<Record<string, AvvikstekstVerdi>>;
  /** Values of the `%s` placeholders, in order. */
  readonly posisjonelle?: readonly AvvikstekstVerdi[];
  /** Which of the catalog's `avvikstekstVarianter` applies. */
  readonly variant?: number;
}

/** What a rule function sees besides the document. */
export interface RuleContext {
  readonly proving: ProvingContext;
  readonly modelVersion: ModelVersion;
  readonly today: string;
  readonly mode: 'ny' | 'endring';
  /** The stored begjæring a change applies to (present when the rule requires `tidligereSak`). */
  readonly earlier: BegjaeringView | undefined;
  readonly strictBegrunnelseUnnlatVarsel: boolean;
  readonly partyRegisterComplete: boolean;
  /** Looks an identifier up in the party register. */
  lookupParty(identifier: IdentifierView): PartyInfo | undefined;
  /** Records that a register-based vilkår could not judge a party because the register does not know it. */
  noteUnknownParty(kode: string, identifier: IdentifierView): void;
  /** Computes a value once per prøving and shares it between rules (e.g. register lookups of the saksøkte). */
  memo<T>(key: string, compute: () => T): T;
}

export interface VilkaarDefinition {
  readonly kode: string;
  /** Narrows where the rule applies beyond model version, mode and context (e.g. new submissions only). */
  readonly appliesTo?: (context: ProvingContext) => boolean;
  run(view: BegjaeringView, context: RuleContext): readonly Funn[];
}

export interface VilkaarRule extends VilkaarDefinition {
  /** The catalog entry: texts, model versions, required context. */
  readonly vilkaar: Vilkaar;
  /** Runs the rule and turns its findings into kontrollutslag, in document order. */
  evaluate(view: BegjaeringView, context: RuleContext): Kontrollutslag[];
}

function meldingFor(vilkaar: Vilkaar, funn: Funn): string {
  const template =
    funn.variant === undefined
      ? vilkaar.avvikstekst
      : (vilkaar.avvikstekstVarianter?.[funn.variant] ?? vilkaar.avvikstekst);
  // ASSUMPTION (assumptions.ts, empty-avvikstekst): an empty published avvikstekst is replaced by the title.
  if (template === '') return vilkaar.tittel;
  return formatAvvikstekst(template, funn.verdier, funn.posisjonelle);
}

/** What a rule returns when it finds nothing: one shared, frozen empty list. */
export const NO_FUNN: readonly Funn[] = NONE;

function kontrollutslagOf(vilkaar: Vilkaar, funn: Funn): Kontrollutslag {
  return { kode: vilkaar.kode, melding: meldingFor(vilkaar, funn), beskrivelse: vilkaar.beskrivelse, sti: funn.sti };
}

/** Runs `rule` and appends its kontrollutslag to `out`, in document order; allocates nothing when it finds nothing. */
export function appendKontrollutslag(
  rule: VilkaarRule,
  view: BegjaeringView,
  context: RuleContext,
  out: Kontrollutslag[],
): void {
  let funn = rule.run(view, context);
  if (funn.length === 0) return;
  if (funn.length > 1) funn = [...funn].sort((a, b) => compareDocumentOrder(view.document, a.sti, b.sti));
  for (const f of funn) out.push(kontrollutslagOf(rule.vilkaar, f));
}

/** Declares the rule for one vilkår; the code must be in the catalog. */
export function defineVilkaar(definition: VilkaarDefinition): VilkaarRule {
  const vilkaar = findVilkaar(definition.kode);
  if (!vilkaar) {
    throw new RulesError('ELAN_RULES_UNKNOWN_VILKAAR', `No vilkår "${definition.kode}" in the catalog.`);
  }
  const rule: VilkaarRule = {
    ...definition,
    vilkaar,
    evaluate(view, context) {
      const out: Kontrollutslag[] = [];
      appendKontrollutslag(rule, view, context, out);
      return out;
    },
  };
  return rule;
}
