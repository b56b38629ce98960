import {
  isModelVersion,
  type Kontrollutslag,
  MODEL_VERSIONS,
  type ModelVersion,
  type PartyInfo,
  type ProvingContext,
  type VilkaarKontekst,
  vilkaarCatalog,
} from '@elan-kit/schemas';
import { KOMMUNE_BESLUTNING_VILKAAR, strictBegrunnelseByDefault } from './assumptions.js';
import { appendKontrollutslag, type RuleContext, type VilkaarRule } from './define-vilkaar.js';
import { RulesError } from './errors.js';
import { type BegjaeringView, createBegjaeringView } from './view/begjaering-view.js';
import { type IdentifierView, registerKey } from './view/identifier.js';
import { isObject } from './view/node.js';
import { vilkaarRules } from './vilkaar-rules.js';

/** A vilkår of the model version that was not evaluated because the context lacks what it needs. */
export interface SkippedVilkaar {
  readonly kode: string;
  readonly mangler: readonly VilkaarKontekst[];
  /** Why, in words, e.g. "no party register in the context". */
  readonly grunn: string;
}

/** A vilkår that does not apply at all: another model version's, or only for changes / only for new submissions. */
export interface NotApplicableVilkaar {
  readonly kode: string;
  readonly grunn: 'modellversjon' | 'kunEndringer' | 'ikkeForModus';
}

/** A party that the register-based vilkår could not judge because the register does not know its identifier. */
export interface UnknownParty {
  readonly identifikator: string;
  readonly sti: string;
  readonly vilkaar: readonly string[];
}

export interface ProvingReport {
  readonly modelVersion: ModelVersion;
  readonly mode: 'ny' | 'endring';
  /** Findings in catalog order, then document order. */
  readonly kontrollutslag: Kontrollutslag[];
  /** Codes evaluated, in catalog order. */
  readonly evaluated: readonly string[];
  readonly skipped: readonly SkippedVilkaar[];
  readonly notApplicable: readonly NotApplicableVilkaar[];
  readonly unknownParties: readonly UnknownParty[];
}

/** Whether the context carries what a vilkår needs, in the catalog's words. */
function isPresentIn(context: ProvingContext, kontekst: VilkaarKontekst): boolean {
  switch (kontekst) {
    case 'parter':
    case 'regelverk':
      return context.parties !== undefined;
    case 'vedlegg':
      return context.attachments !== undefined;
    case 'tidligereInnsendinger':
      return context.earlierSubmissions !== undefined;
    case 'autentisering':
      return typeof context.authenticatedOrgnr === 'string' && context.authenticatedOrgnr.trim() !== '';
    case 'tidligereSak':
      return context.earlier !== undefined;
  }
}

const CONTEXTS: readonly VilkaarKontekst[] = [
  'parter',
  'regelverk',
  'vedlegg',
  'tidligereInnsendinger',
  'autentisering',
  'tidligereSak',
];

const CONTEXT_MISSING: Readonly<Record<VilkaarKontekst, string>> = {
  parter: 'no party register in the context',
  regelverk: 'no party register (regelverk lookup) in the context',
  vedlegg: 'no attachment registry in the context',
  tidligereInnsendinger: 'no earlier submissions in the context',
  autentisering: 'no authenticated organisation in the context',
  tidligereSak: 'no stored case in the context',
};

/** One bit per kind of context, so that "does the context lack what this rule needs" is one `&`. */
function maskOf(konteksts: readonly VilkaarKontekst[] | undefined): number {
  let mask = 0;
  for (const kontekst of konteksts ?? []) mask |= 1 << CONTEXTS.indexOf(kontekst);
  return mask;
}

function missingMaskOf(context: ProvingContext): number {
  let mask = 0;
  for (let i = 0; i < CONTEXTS.length; i++) if (!isPresentIn(context, CONTEXTS[i] as VilkaarKontekst)) mask |= 1 << i;
  return mask;
}

const rulesByKode: ReadonlyMap<string, VilkaarRule> = (() => {
  const map = new Map<string, VilkaarRule>();
  for (const rule of vilkaarRules) {
    if (map.has(rule.kode)) throw new RulesError('ELAN_RULES_DUPLICATE_VILKAAR', `Two rules for ${rule.kode}.`);
    map.set(rule.kode, rule);
  }
  return map;
})();

function isIsoDate(text: string): boolean {
  if (text.length !== 10) return false;
  for (let i = 0; i < 10; i++) {
    const code = text.charCodeAt(i);
    if (i === 4 || i === 7 ? code !== 45 : code < 48 || code > 57) return false;
  }
  return true;
}

function checkContext(context: ProvingContext): void {
  if (!isModelVersion(context.modelVersion)) {
    throw new RulesError(
      'ELAN_RULES_UNKNOWN_MODEL_VERSION',
      `Unknown model version "${String(context.modelVersion)}".`,
      {
        hint: `Use one of ${MODEL_VERSIONS.join(', ')}.`,
      },
    );
  }
  if (context.mode !== 'ny' && context.mode !== 'endring') {
    throw new RulesError(
      'ELAN_RULES_INVALID_MODE',
      `Unknown mode "${String(context.mode)}"; expected "ny" or "endring".`,
    );
  }
  if (typeof context.today !== 'string' || !isIsoDate(context.today)) {
    throw new RulesError('ELAN_RULES_INVALID_TODAY', `Context date "${String(context.today)}" is not YYYY-MM-DD.`);
  }
  if (context.mode === 'endring' && context.earlier === undefined) {
    throw new RulesError('ELAN_RULES_MISSING_EARLIER', 'Proving a change (mode "endring") needs the stored case.', {
      hint: 'Pass `earlier` with the stored begjæring, its saksstatus and whether a submission is unprocessed.',
    });
  }
}

interface MutableUnknownParty {
  readonly identifikator: string;
  readonly sti: string;
  readonly vilkaar: string[];
}

/** What the rules of one prøving see besides the document; values shared between rules live here for this prøving only. */
class ProvingRun implements RuleContext {
  readonly proving: ProvingContext;
  readonly modelVersion: ModelVersion;
  readonly today: string;
  readonly mode: 'ny' | 'endring';
  readonly earlier: BegjaeringView | undefined;
  readonly strictBegrunnelseUnnlatVarsel: boolean;
  readonly partyRegisterComplete: boolean;
  #memos: Map<string, unknown> | undefined;
  #unknown: Map<string, MutableUnknownParty> | undefined;

  constructor(context: ProvingContext) {
    this.proving = context;
    this.modelVersion = context.modelVersion;
    this.today = context.today;
    this.mode = context.mode;
    const earlierDocument = context.earlier?.document;
    this.earlier = isObject(earlierDocument) ? createBegjaeringView(earlierDocument) : undefined;
    this.strictBegrunnelseUnnlatVarsel =
      context.options?.strictBegrunnelseUnnlatVarsel ?? strictBegrunnelseByDefault(context.modelVersion);
    this.partyRegisterComplete = context.options?.partyRegisterComplete ?? false;
  }

  lookupParty(identifier: IdentifierView): PartyInfo | undefined {
    return this.proving.parties?.get(registerKey(identifier));
  }

  noteUnknownParty(kode: string, identifier: IdentifierView): void {
    this.#unknown ??= new Map();
    const key = `${identifier.sti}|${registerKey(identifier)}`;
    const entry = this.#unknown.get(key);
    if (entry) {
      if (!entry.vilkaar.includes(kode)) entry.vilkaar.push(kode);
    } else this.#unknown.set(key, { identifikator: registerKey(identifier), sti: identifier.sti, vilkaar: [kode] });
  }

  memo<T>(key: string, compute: () => T): T {
    this.#memos ??= new Map();
    if (!this.#memos.has(key)) this.#memos.set(key, compute());
    return this.#memos.get(key) as T;
  }

  get unknownParties(): UnknownParty[] {
    return this.#unknown ? [...this.#unknown.values()] : [];
  }
}

interface Plan {
  /** The rules of the model version and mode, in catalog order. */
  readonly rules: readonly VilkaarRule[];
  /** For each rule, the context it needs as a mask of CONTEXTS bits. */
  readonly needs: readonly number[];
  readonly notApplicable: readonly NotApplicableVilkaar[];
}

const plans: Record<'ny' | 'endring', Map<ModelVersion, Plan>> = { ny: new Map(), endring: new Map() };

/** Which rules a model version and mode use; the same for every document, so computed once. */
function planFor(modelVersion: ModelVersion, mode: 'ny' | 'endring'): Plan {
  let plan = plans[mode].get(modelVersion);
  if (!plan) {
    const rules: VilkaarRule[] = [];
    const needs: number[] = [];
    const notApplicable: NotApplicableVilkaar[] = [];
    for (const vilkaar of vilkaarCatalog) {
      const rule = rulesByKode.get(vilkaar.kode);
      if (!rule) continue;
      if (!vilkaar.modellversjoner.includes(modelVersion))
        notApplicable.push({ kode: vilkaar.kode, grunn: 'modellversjon' });
      else if (vilkaar.gjelderKunEndringer && mode !== 'endring') {
        notApplicable.push({ kode: vilkaar.kode, grunn: 'kunEndringer' });
      } else {
        rules.push(rule);
        needs.push(maskOf(rule.vilkaar.krever));
      }
    }
    plan = { rules, needs, notApplicable };
    plans[mode].set(modelVersion, plan);
  }
  return plan;
}

function skippedFor(rule: VilkaarRule, missing: number): SkippedVilkaar {
  const mangler = (rule.vilkaar.krever ?? []).filter((kontekst) => (missing & maskOf([kontekst])) !== 0);
  return { kode: rule.kode, mangler, grunn: mangler.map((k) => CONTEXT_MISSING[k]).join('; ') };
}

/** What `provDetailed` adds to the kontrollutslag; `prov` does not collect it. */
interface Account {
  readonly evaluated: string[];
  readonly skipped: SkippedVilkaar[];
  readonly notApplicable: NotApplicableVilkaar[];
  unknownParties: UnknownParty[];
}

function runRules(document: unknown, context: ProvingContext, account: Account | undefined): Kontrollutslag[] {
  if (!isObject(document)) {
    throw new RulesError('ELAN_RULES_DOCUMENT_NOT_OBJECT', 'A begjæring must be a JSON object.', {
      hint: 'Validate the document against the schema first; prøving starts where the schema ends.',
    });
  }
  checkContext(context);
  const view = createBegjaeringView(document);
  const run = new ProvingRun(context);
  const plan = planFor(context.modelVersion, context.mode);
  const missing = missingMaskOf(context);
  account?.notApplicable.push(...plan.notApplicable);
  const kontrollutslag: Kontrollutslag[] = [];
  for (let i = 0; i < plan.rules.length; i++) {
    const rule = plan.rules[i] as VilkaarRule;
    if (rule.appliesTo && !rule.appliesTo(context)) {
      account?.notApplicable.push({ kode: rule.kode, grunn: 'ikkeForModus' });
      continue;
    }
    if (((plan.needs[i] as number) & missing) !== 0) {
      account?.skipped.push(skippedFor(rule, missing));
      continue;
    }
    account?.evaluated.push(rule.kode);
    appendKontrollutslag(rule, view, run, kontrollutslag);
  }
  if (account) account.unknownParties = run.unknownParties;
  return kontrollutslag;
}

/**
 * Prøving with an account of what was checked: the kontrollutslag, the vilkår evaluated, those skipped for lack of
 * context (and why), those that do not apply, and the parties the register did not know.
 */
export function provDetailed(document: unknown, context: ProvingContext): ProvingReport {
  const account: Account = { evaluated: [], skipped: [], notApplicable: [], unknownParties: [] };
  const kontrollutslag = runRules(document, context, account);
  return {
    modelVersion: context.modelVersion,
    mode: context.mode,
    kontrollutslag,
    evaluated: account.evaluated,
    skipped: account.skipped,
    notApplicable: account.notApplicable,
    unknownParties: account.unknownParties,
  };
}

/** Prøving: every vilkår of the context's model version that the context allows, as ELAN's 422 would list them. */
export function prov(document: unknown, context: ProvingContext): Kontrollutslag[] {
  return runRules(document, context, undefined);
}

/** The rule of a code, or `undefined` for a code the catalog does not know. */
export function findRule(kode: string): VilkaarRule | undefined {
  return rulesByKode.get(kode);
}

/** Prøving of a Beslutning om trekk fra kommune: the begjæring vilkår it shares (ASSUMPTION kommune-beslutning-vilkaar). */
export function provKommuneBeslutning(document: unknown, context: ProvingContext): Kontrollutslag[] {
  return prov(document, context).filter((utslag) => KOMMUNE_BESLUTNING_VILKAAR.includes(utslag.kode));
}
