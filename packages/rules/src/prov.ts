import {
  isModelVersion,
  type Kontrollutslag,
  type ModelVersion,
  type ProvingContext,
  type VilkaarKontekst,
  vilkaarCatalog,
} from '@elan-kit/schemas';
import { strictBegrunnelseByDefault } from './assumptions.js';
import type { RuleContext, VilkaarRule } from './define-vilkaar.js';
import { RulesError } from './errors.js';
import { type BegjaeringView, createBegjaeringView } from './view/begjaering-view.js';
import { registerKey } from './view/identifier.js';
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

const CONTEXT_PRESENT: Readonly<Record<VilkaarKontekst, (context: ProvingContext) => boolean>> = {
  parter: (context) => context.parties !== undefined,
  regelverk: (context) => context.parties !== undefined,
  vedlegg: (context) => context.attachments !== undefined,
  tidligereInnsendinger: (context) => context.earlierSubmissions !== undefined,
  autentisering: (context) =>
    typeof context.authenticatedOrgnr === 'string' && context.authenticatedOrgnr.trim() !== '',
  tidligereSak: (context) => context.earlier !== undefined,
};

const CONTEXTS = Object.keys(CONTEXT_PRESENT) as VilkaarKontekst[];

const CONTEXT_MISSING: Readonly<Record<VilkaarKontekst, string>> = {
  parter: 'no party register in the context',
  regelverk: 'no party register (regelverk lookup) in the context',
  vedlegg: 'no attachment registry in the context',
  tidligereInnsendinger: 'no earlier submissions in the context',
  autentisering: 'no authenticated organisation in the context',
  tidligereSak: 'no stored case in the context',
};

const rulesByKode: ReadonlyMap<string, VilkaarRule> = (() => {
  const map = new Map<string, VilkaarRule>();
  for (const rule of vilkaarRules) {
    if (map.has(rule.kode)) throw new RulesError('ELAN_RULES_DUPLICATE_VILKAAR', `Two rules for ${rule.kode}.`);
    map.set(rule.kode, rule);
  }
  return map;
})();

function checkContext(context: ProvingContext): void {
  if (!isModelVersion(context.modelVersion)) {
    throw new RulesError(
      'ELAN_RULES_UNKNOWN_MODEL_VERSION',
      `Unknown model version "${String(context.modelVersion)}".`,
      {
        hint: 'Use one of 0.9, 1.0, 1.1, 2.0.',
      },
    );
  }
  if (context.mode !== 'ny' && context.mode !== 'endring') {
    throw new RulesError(
      'ELAN_RULES_INVALID_MODE',
      `Unknown mode "${String(context.mode)}"; expected "ny" or "endring".`,
    );
  }
  if (typeof context.today !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(context.today)) {
    throw new RulesError('ELAN_RULES_INVALID_TODAY', `Context date "${String(context.today)}" is not YYYY-MM-DD.`);
  }
  if (context.mode === 'endring' && context.earlier === undefined) {
    throw new RulesError('ELAN_RULES_MISSING_EARLIER', 'Proving a change (mode "endring") needs the stored case.', {
      hint: 'Pass `earlier` with the stored begjæring, its saksstatus and whether a submission is unprocessed.',
    });
  }
}

function createRuleContext(
  context: ProvingContext,
  earlier: BegjaeringView | undefined,
  unknown: Map<string, { identifikator: string; sti: string; vilkaar: string[] }>,
): RuleContext {
  const memos = new Map<string, unknown>();
  return {
    proving: context,
    modelVersion: context.modelVersion,
    today: context.today,
    mode: context.mode,
    earlier,
    strictBegrunnelseUnnlatVarsel:
      context.options?.strictBegrunnelseUnnlatVarsel ?? strictBegrunnelseByDefault(context.modelVersion),
    partyRegisterComplete: context.options?.partyRegisterComplete ?? false,
    lookupParty: (identifier) => context.parties?.get(registerKey(identifier)),
    noteUnknownParty(kode, identifier) {
      const key = `${identifier.sti}|${registerKey(identifier)}`;
      const entry = unknown.get(key);
      if (entry) {
        if (!entry.vilkaar.includes(kode)) entry.vilkaar.push(kode);
      } else unknown.set(key, { identifikator: registerKey(identifier), sti: identifier.sti, vilkaar: [kode] });
    },
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
  };
}

interface Plan {
  /** The rules of the model version and mode, in catalog order. */
  readonly rules: readonly VilkaarRule[];
  readonly notApplicable: readonly NotApplicableVilkaar[];
}

const plans = new Map<string, Plan>();

/** Which rules a model version and mode use; the same for every document, so computed once. */
function planFor(modelVersion: ModelVersion, mode: 'ny' | 'endring'): Plan {
  const key = `${modelVersion}|${mode}`;
  let plan = plans.get(key);
  if (!plan) {
    const rules: VilkaarRule[] = [];
    const notApplicable: NotApplicableVilkaar[] = [];
    for (const vilkaar of vilkaarCatalog) {
      const rule = rulesByKode.get(vilkaar.kode);
      if (!rule) continue;
      if (!vilkaar.modellversjoner.includes(modelVersion))
        notApplicable.push({ kode: vilkaar.kode, grunn: 'modellversjon' });
      else if (vilkaar.gjelderKunEndringer && mode !== 'endring') {
        notApplicable.push({ kode: vilkaar.kode, grunn: 'kunEndringer' });
      } else rules.push(rule);
    }
    plan = { rules, notApplicable };
    plans.set(key, plan);
  }
  return plan;
}

/**
 * Prøving with an account of what was checked: the kontrollutslag, the vilkår evaluated, those skipped for lack of
 * context (and why), those that do not apply, and the parties the register did not know.
 */
export function provDetailed(document: unknown, context: ProvingContext): ProvingReport {
  if (!isObject(document)) {
    throw new RulesError('ELAN_RULES_DOCUMENT_NOT_OBJECT', 'A begjæring must be a JSON object.', {
      hint: 'Validate the document against the schema first; prøving starts where the schema ends.',
    });
  }
  checkContext(context);
  const view = createBegjaeringView(document);
  const earlierDocument = context.earlier?.document;
  const earlier = isObject(earlierDocument) ? createBegjaeringView(earlierDocument) : undefined;
  const unknown = new Map<string, { identifikator: string; sti: string; vilkaar: string[] }>();
  const ruleContext = createRuleContext(context, earlier, unknown);
  const plan = planFor(context.modelVersion, context.mode);
  const missing = new Set<VilkaarKontekst>();
  for (const kontekst of CONTEXTS) if (!CONTEXT_PRESENT[kontekst](context)) missing.add(kontekst);

  const kontrollutslag: Kontrollutslag[] = [];
  const evaluated: string[] = [];
  const skipped: SkippedVilkaar[] = [];
  const notApplicable: NotApplicableVilkaar[] = [...plan.notApplicable];
  for (const rule of plan.rules) {
    if (rule.appliesTo && !rule.appliesTo(context)) {
      notApplicable.push({ kode: rule.kode, grunn: 'ikkeForModus' });
      continue;
    }
    const krever = rule.vilkaar.krever;
    if (krever && missing.size > 0 && krever.some((kontekst) => missing.has(kontekst))) {
      const mangler = krever.filter((kontekst) => missing.has(kontekst));
      skipped.push({ kode: rule.kode, mangler, grunn: mangler.map((k) => CONTEXT_MISSING[k]).join('; ') });
      continue;
    }
    evaluated.push(rule.kode);
    const found = rule.evaluate(view, ruleContext);
    for (let i = 0; i < found.length; i++) kontrollutslag.push(found[i] as Kontrollutslag);
  }
  return {
    modelVersion: context.modelVersion,
    mode: context.mode,
    kontrollutslag,
    evaluated,
    skipped,
    notApplicable,
    unknownParties: [...unknown.values()],
  };
}

/** Prøving: every vilkår of the context's model version that the context allows, as ELAN's 422 would list them. */
export function prov(document: unknown, context: ProvingContext): Kontrollutslag[] {
  return provDetailed(document, context).kontrollutslag;
}

/** The rule of a code, or `undefined` for a code the catalog does not know. */
export function findRule(kode: string): VilkaarRule | undefined {
  return rulesByKode.get(kode);
}
