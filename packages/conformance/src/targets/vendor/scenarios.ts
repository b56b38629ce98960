import type { PartyRegister } from '@elan-kit/fixtures';
import { type LocalizedText, type VilkaarGruppe, vilkaarCatalog } from '@elan-kit/schemas';
import { type ClassifiedExchange, isSuccess } from '../../observed/classify.js';
import type { FaultRequest } from '../target.js';

/** One step of the traffic a scenario asks for: a call to one of these operations with this kind of answer. */
export interface TrafficStep {
  /** Any of these operations; absent = any ELAN operation. */
  readonly operationIds?: readonly string[];
  /** `success` = 2xx; a number = exactly that status. */
  readonly answer: 'success' | number;
  /** The answer's kontrollutslag carry a kode of this vilkår group (a 422 step). */
  readonly vilkaarGruppe?: VilkaarGruppe;
}

/**
 * A scenario the vendor's system is asked to carry out, as data: what to do with which synthetic parties, the
 * faults the simulator injects first, the traffic that shows it was done, and the checks that judge it.
 * Texts use `{innsender}` and `{saksoekt}` for the parties the run picks.
 */
export interface VendorScenario {
  readonly id: string;
  readonly title: LocalizedText;
  readonly instructions: LocalizedText;
  readonly expect: LocalizedText;
  /** Which debtor the scenario needs: one on the new regime (a fresh one per scenario) or one locked to the old. */
  readonly saksoekt: 'new-regime' | 'locked';
  readonly faults?: readonly FaultRequest[];
  /** The scenario is complete once the traffic since it started shows the steps of one of these, in order. */
  readonly completedWhen: ReadonlyArray<readonly TrafficStep[]>;
  /** The checks that judge this scenario's traffic. */
  readonly judged: readonly string[];
  /** Run only when `vendorTarget.scenarios` names it: not part of the default selection. */
  readonly optIn?: true;
}

const SUBMIT = ['opprettBegjaering'];
const NEW = ['validerNyBegjaering', ...SUBMIT];
const CHANGE = ['validerEndretBegjaering', 'endreBegjaering'];

/**
 * A 422 from one vilkår group: the card names the field to break (a mutation the fixtures' vilkår vectors make),
 * and the scenario completes once an answer carries a kode of that group. Opt-in, so a system that implements
 * only the default scenarios keeps its run as it is.
 */
function kontrollutslagFor(
  gruppe: VilkaarGruppe,
  name: LocalizedText,
  broken: LocalizedText,
  operationIds: readonly string[],
): VendorScenario {
  return {
    id: `kontrollutslag-${gruppe}`,
    title: { nb: `Kontrollutslag: ${name.nb}`, en: `Kontrollutslag: ${name.en}` },
    instructions: {
      nb: `Send en utleggsbegjæring mot saksøkt {saksoekt} der ${broken.nb}. API-et svarer 422 med et kontrollutslag fra vilkårsgruppen ${gruppe}: vis det for brukeren og ikke send det samme på nytt.`,
      en: `Send an utleggsbegjæring against saksøkt {saksoekt} where ${broken.en}. The API answers 422 with a kontrollutslag of the vilkår group ${gruppe}: show it to the user and do not send the same again.`,
    },
    expect: {
      nb: `Et 422-svar med en kode fra gruppen ${gruppe}, vist for brukeren; ingen blind gjentakelse.`,
      en: `A 422 answer with a kode of the group ${gruppe}, shown to the user; no blind retry.`,
    },
    saksoekt: 'new-regime',
    completedWhen: [[{ operationIds, answer: 422, vilkaarGruppe: gruppe }]],
    judged: ['client-kontrollutslag-surfaced', 'client-no-blind-retry'],
    optIn: true,
  };
}

/** Every client behaviour the checklist cares about that the simulator can provoke. */
export const VENDOR_SCENARIOS: readonly VendorScenario[] = [
  {
    id: 'full-flow',
    title: { nb: 'Full flyt', en: 'Full flow' },
    instructions: {
      nb: 'Opprett en ny utleggsbegjæring med innsender {innsender} mot saksøkt {saksoekt}: last opp vedlegg, valider, slå opp regelverk i Betjeningskartet, send inn, hent status, send en endring og hent status igjen.',
      en: 'Create a new utleggsbegjæring with innsender {innsender} against saksøkt {saksoekt}: upload the attachments, validate, look up the regime in Betjeningskartet, submit, fetch the status, send a change and fetch the status again.',
    },
    expect: {
      nb: 'Ett tilgangstoken gjenbrukes, Betjeningskartet rett før innsending, status etter innsending og etter endring, ny Meldingsid per melding.',
      en: 'One token reused, Betjeningskartet right before the submission, status after the submission and after the change, a new Meldingsid per message.',
    },
    saksoekt: 'new-regime',
    completedWhen: [
      [
        { operationIds: SUBMIT, answer: 'success' },
        { operationIds: ['endreBegjaering'], answer: 'success' },
        { operationIds: ['hentStatusPaaSak'], answer: 'success' },
      ],
    ],
    judged: [
      'flow-full',
      'auth-token-obtained',
      'auth-token-claims',
      'auth-token-reused',
      'client-betjeningskartet-usage',
      'client-polling-interval',
      'client-no-status-loop',
      'client-message-ids',
      'contract-conformance',
      'data-synthetic-identifiers',
    ],
  },
  {
    id: 'kontrollutslag',
    title: { nb: 'Kontrollutslag', en: 'Kontrollutslag' },
    instructions: {
      nb: 'Send en utleggsbegjæring mot saksøkt {saksoekt} uten krav (tom kravTilInnkreving). API-et svarer 422 med kontrollutslag: vis dem for brukeren og ikke send det samme på nytt.',
      en: 'Submit an utleggsbegjæring against saksøkt {saksoekt} without claims (empty kravTilInnkreving). The API answers 422 with kontrollutslag: show them to the user and do not send the same again.',
    },
    expect: {
      nb: 'Kontrollutslagene vises for brukeren (svaret lister dem), ingen blind gjentakelse, ikke rapportert som vellykket.',
      en: 'The kontrollutslag are shown to the user (the answer lists them), no blind retry, not reported as a success.',
    },
    saksoekt: 'new-regime',
    completedWhen: [[{ operationIds: ['validerNyBegjaering', ...SUBMIT], answer: 422 }]],
    judged: ['client-kontrollutslag-surfaced', 'client-no-blind-retry'],
  },
  {
    id: 'old-regime',
    title: { nb: 'Gammelt regelverk', en: 'Old regime' },
    instructions: {
      nb: 'Forsøk en ny utleggsbegjæring mot saksøkt {saksoekt}, som er låst til gammelt regelverk. Betjeningskartet svarer tidligereRegelverk: saken skal til ELSA, ikke ELAN.',
      en: 'Try a new utleggsbegjæring against saksøkt {saksoekt}, who is locked to the old regime. Betjeningskartet answers tidligereRegelverk: the case belongs in ELSA, not ELAN.',
    },
    expect: {
      nb: 'Oppslag i Betjeningskartet, og ingen innsending til ELAN.',
      en: 'A Betjeningskartet lookup, and no submission to ELAN.',
    },
    saksoekt: 'locked',
    // Betjeningskartet says tidligereRegelverk, or the validation already refused the debtor (422).
    completedWhen: [
      [{ operationIds: ['slaaOppRegelverk'], answer: 'success' }],
      [{ operationIds: ['validerNyBegjaering'], answer: 422 }],
    ],
    judged: ['flow-old-regime-rejected', 'client-betjeningskartet-usage'],
  },
  {
    id: 'rate-limited',
    title: { nb: 'For mange forespørsler (429)', en: 'Too many requests (429)' },
    instructions: {
      nb: 'Valider en ny utleggsbegjæring mot saksøkt {saksoekt}. Simulatoren svarer først 429 med Retry-After: vent så lenge før du prøver igjen.',
      en: 'Validate a new utleggsbegjæring against saksøkt {saksoekt}. The simulator first answers 429 with Retry-After: wait that long before trying again.',
    },
    expect: { nb: 'Nytt forsøk tidligst etter Retry-After.', en: 'A retry no sooner than Retry-After.' },
    saksoekt: 'new-regime',
    faults: [{ status: 429, count: 1, operationId: 'validerNyBegjaering', retryAfterSeconds: 2 }],
    completedWhen: [[{ operationIds: ['validerNyBegjaering'], answer: 'success' }]],
    judged: ['fault-429-backoff', 'client-backoff'],
  },
  {
    id: 'service-unavailable',
    title: { nb: 'Vedlikehold (503)', en: 'Maintenance (503)' },
    instructions: {
      nb: 'Send inn en ny utleggsbegjæring mot saksøkt {saksoekt}. Tjenesten er i et vedlikeholdsvindu og svarer 503 med Retry-After de første gangene: vent som Retry-After sier.',
      en: 'Submit a new utleggsbegjæring against saksøkt {saksoekt}. The service is in a maintenance window and answers 503 with Retry-After the first times: wait as Retry-After says.',
    },
    expect: {
      nb: 'Nye forsøk tidligst etter Retry-After, og innsendingen lykkes etter vinduet.',
      en: 'Retries no sooner than Retry-After, and the submission succeeds after the window.',
    },
    saksoekt: 'new-regime',
    faults: [{ status: 503, operationId: 'opprettBegjaering', maintenance: true, count: 2, retryAfterSeconds: 2 }],
    completedWhen: [[{ operationIds: SUBMIT, answer: 'success' }]],
    judged: ['fault-503-backoff', 'client-backoff'],
  },
  {
    id: 'server-error',
    title: { nb: 'Feil i tjenesten (500)', en: 'Server error (500)' },
    instructions: {
      nb: 'Send inn en ny utleggsbegjæring mot saksøkt {saksoekt}. Tjenesten svarer 500 med en ProblemDetail: logg Korrelasjonsid, meld feilen til brukeren og ikke send på nytt i blinde.',
      en: 'Submit a new utleggsbegjæring against saksøkt {saksoekt}. The service answers 500 with a ProblemDetail: log the Korrelasjonsid, report the failure to the user and do not resend blindly.',
    },
    expect: {
      nb: 'Svaret nevner Korrelasjonsid fra 500-svaret; ingen blind gjentakelse.',
      en: 'The answer names the Korrelasjonsid of the 500; no blind resend.',
    },
    saksoekt: 'new-regime',
    faults: [{ status: 500, count: 1, operationId: 'opprettBegjaering' }],
    completedWhen: [[{ operationIds: SUBMIT, answer: 500 }]],
    judged: ['fault-500-error-body'],
  },
  {
    id: 'token-expired',
    title: { nb: 'Tilgangstokenet utløper underveis', en: 'The token expires mid-run' },
    instructions: {
      nb: 'Valider en ny utleggsbegjæring mot saksøkt {saksoekt}. API-et avviser tilgangstokenet ditt som utløpt (401) på første kall: hent et nytt tilgangstoken én gang og prøv igjen.',
      en: 'Validate a new utleggsbegjæring against saksøkt {saksoekt}. The API refuses your token as expired (401) on the first call: fetch a new token once and try again.',
    },
    expect: {
      nb: 'Ett nytt tilgangstoken etter 401, så et vellykket kall; ingen løkke.',
      en: 'One new token after the 401, then a successful call; no loop.',
    },
    saksoekt: 'new-regime',
    faults: [{ status: 401, count: 1, tokenRefusal: 'expired' }],
    completedWhen: [[{ answer: 401 }, { operationIds: ['validerNyBegjaering'], answer: 'success' }]],
    judged: ['auth-token-refresh'],
  },
  {
    id: 'token-revoked',
    title: { nb: 'Tilgangstokenet er trukket tilbake', en: 'The token is revoked' },
    instructions: {
      nb: 'Valider en ny utleggsbegjæring mot saksøkt {saksoekt}. API-et avviser tilgangstokenet ditt som tilbakekalt (401): hent et nytt tilgangstoken én gang og prøv igjen.',
      en: 'Validate a new utleggsbegjæring against saksøkt {saksoekt}. The API refuses your token as revoked (401): fetch a new token once and try again.',
    },
    expect: {
      nb: 'Ett nytt tilgangstoken etter 401, så et vellykket kall; ingen løkke.',
      en: 'One new token after the 401, then a successful call; no loop.',
    },
    saksoekt: 'new-regime',
    faults: [{ status: 401, count: 1, tokenRefusal: 'revoked', operationId: 'validerNyBegjaering' }],
    completedWhen: [[{ answer: 401 }, { operationIds: ['validerNyBegjaering'], answer: 'success' }]],
    judged: ['auth-token-refresh'],
  },
  {
    id: 'duplicate-submission',
    title: { nb: 'Dobbel innsending', en: 'Duplicate submission' },
    instructions: {
      nb: 'Send inn en ny utleggsbegjæring mot saksøkt {saksoekt}, og send så den samme (samme innsenderReferanse) én gang til, slik en bruker som trykker to ganger ville gjort. Den andre avvises: vis det for brukeren.',
      en: 'Submit a new utleggsbegjæring against saksøkt {saksoekt}, then submit the same one (same innsenderReferanse) once more, as a user pressing twice would. The second is refused: show that to the user.',
    },
    expect: {
      nb: 'Den andre innsendingen avvises, og avvisningen sendes ikke på nytt.',
      en: 'The second submission is refused, and the refusal is not resent.',
    },
    saksoekt: 'new-regime',
    completedWhen: [
      [
        { operationIds: SUBMIT, answer: 'success' },
        { operationIds: SUBMIT, answer: 422 },
      ],
    ],
    judged: ['flow-duplicate-rejected', 'client-no-blind-retry'],
  },
  kontrollutslagFor(
    'innsending',
    { nb: 'Innsending', en: 'innsending' },
    {
      nb: 'begjæringen har ingen innsender (utelat innsender)',
      en: 'the begjæring has no innsender (leave innsender out)',
    },
    NEW,
  ),
  kontrollutslagFor(
    'parter',
    { nb: 'Parter', en: 'parties' },
    {
      nb: 'første saksøkts innenlandske adresse mangler postnummer',
      en: 'the first saksøkt’s domestic address has no postnummer',
    },
    NEW,
  ),
  kontrollutslagFor(
    'krav',
    { nb: 'Krav', en: 'claims' },
    { nb: 'kravTilInnkreving er tom', en: 'kravTilInnkreving is empty' },
    NEW,
  ),
  kontrollutslagFor(
    'tvangsgrunnlag',
    { nb: 'Tvangsgrunnlag', en: 'enforcement basis' },
    {
      nb: 'den kombinerer utlegg og forliksklage uten påstand',
      en: 'it combines utlegg and forliksklage without påstand',
    },
    NEW,
  ),
  kontrollutslagFor(
    'betaling',
    { nb: 'Betaling', en: 'payment' },
    {
      nb: 'kontoopplysningene har verken kontonummer, IBAN, BIC eller bankkode',
      en: 'the account information holds no account number, IBAN, BIC or bank code',
    },
    NEW,
  ),
  kontrollutslagFor(
    'vedlegg',
    { nb: 'Vedlegg', en: 'attachments' },
    {
      nb: 'vedlegget for betalingsoppfordring har typen annet',
      en: 'the betalingsoppfordring attachment has type annet',
    },
    NEW,
  ),
  kontrollutslagFor(
    'endring',
    { nb: 'Endring', en: 'change' },
    {
      nb: 'en endring flytter begjæringsdato én dag (send inn begjæringen først, send så endringen)',
      en: 'a change moves begjæringsdato one day (submit the begjæring first, then send the change)',
    },
    CHANGE,
  ),
];

/** The scenarios a run carries out when `vendorTarget.scenarios` names none: all but the opt-in ones. */
export const DEFAULT_VENDOR_SCENARIOS: readonly VendorScenario[] = VENDOR_SCENARIOS.filter((s) => !s.optIn);

/** The ids of the opt-in scenarios that ask for a 422 of one vilkår group each. */
export const KONTROLLUTSLAG_GROUP_SCENARIOS: readonly string[] = VENDOR_SCENARIOS.filter((s) => s.optIn).map(
  (s) => s.id,
);

/** The vilkår group of each kode in the catalog. */
const GROUP_OF_KODE: ReadonlyMap<string, VilkaarGruppe> = new Map(
  vilkaarCatalog.map((vilkaar) => [vilkaar.kode, vilkaar.gruppe]),
);

/** The kontrollutslag koder of an answer body (`{ kontrollutslag: [{ kode }] }`). */
export function kontrollutslagKoder(body: unknown): string[] {
  const list = (body as { kontrollutslag?: unknown } | undefined)?.kontrollutslag;
  return (Array.isArray(list) ? list : [])
    .map((entry) => (entry !== null && typeof entry === 'object' ? (entry as { kode?: unknown }).kode : undefined))
    .filter((kode): kode is string => typeof kode === 'string');
}

function matches(step: TrafficStep, item: ClassifiedExchange): boolean {
  if (item.operationId === undefined || item.operationId === 'token') return false;
  if (step.operationIds && !step.operationIds.includes(item.operationId)) return false;
  if (step.answer === 'success' ? !isSuccess(item) : item.exchange.status !== step.answer) return false;
  const gruppe = step.vilkaarGruppe;
  const koder = gruppe ? kontrollutslagKoder(item.exchange.response?.body) : [];
  return !gruppe || koder.some((kode) => GROUP_OF_KODE.get(kode) === gruppe);
}

function showsSteps(steps: readonly TrafficStep[], items: readonly ClassifiedExchange[]): boolean {
  let position = 0;
  for (const step of steps) {
    const found = items.slice(position).findIndex((item) => matches(step, item));
    if (found < 0) return false;
    position += found + 1;
  }
  return true;
}

/** True once the traffic shows every step of one of `completedWhen`'s sequences, in order. */
export function isScenarioComplete(scenario: VendorScenario, items: readonly ClassifiedExchange[]): boolean {
  return scenario.completedWhen.some((steps) => showsSteps(steps, items));
}

/** The parties a run uses for each scenario: a fresh new-regime debtor each, the register's locked one. */
export function scenarioParties(
  register: PartyRegister,
  innsender: string,
): ReadonlyMap<string, Readonly<Record<string, string>>> {
  const fresh = register.pickPersons(VENDOR_SCENARIOS.length, { regelverk: 'nyttRegelverk' });
  return new Map(
    VENDOR_SCENARIOS.map((scenario, index) => [
      scenario.id,
      {
        innsender,
        saksoekt:
          scenario.saksoekt === 'locked'
            ? register.lockedPerson.identifier
            : (fresh[index] ?? register.defaultSaksoekt).identifier,
      },
    ]),
  );
}

/** A scenario text with its parties filled in. */
export function fillText(text: LocalizedText, parties: Readonly<Record<string, string>>): LocalizedText {
  const fill = (value: string) => value.replace(/\{(\w+)\}/g, (whole, role: string) => parties[role] ?? whole);
  return { nb: fill(text.nb), en: fill(text.en) };
}
