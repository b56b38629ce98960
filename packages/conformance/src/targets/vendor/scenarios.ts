import type { PartyRegister } from '@elan-kit/fixtures';
import type { LocalizedText } from '@elan-kit/schemas';
import type { ClassifiedExchange } from '../../checks/support/traffic.js';
import type { FaultRequest } from '../target.js';

/** What the vendor's system is asked to do, with which synthetic parties; the kit then judges the traffic. */
export interface VendorScenario {
  readonly id: string;
  readonly title: LocalizedText;
  readonly instructions: LocalizedText;
  readonly parties: Readonly<Record<string, string>>;
  /** Faults the simulator injects before the scenario starts. */
  readonly faults?: readonly FaultRequest[];
  /** True once the traffic since the scenario started shows it was carried out. */
  done(items: readonly ClassifiedExchange[]): boolean;
}

/** The scenario as the vendor adapter receives it (JSON on stdin, or the argument of the module's function). */
export interface ScenarioCard {
  readonly id: string;
  readonly title: LocalizedText;
  readonly instructions: LocalizedText;
  readonly parties: Readonly<Record<string, string>>;
  readonly modelVersion: string;
  readonly simulator: {
    readonly baseUrls: Readonly<Record<string, string>>;
    readonly tokenEndpoint: string;
    readonly clientId: string;
    readonly clientFile?: string;
  };
}

/** What the vendor adapter may report back: the kontrollutslag its system showed the user, and a note. */
export interface AdapterResult {
  readonly kontrollutslag?: readonly string[];
  readonly note?: string;
}

export type VendorAdapter = (card: ScenarioCard, signal: AbortSignal) => Promise<AdapterResult | undefined>;

const ok = (item: ClassifiedExchange, operationId: string) =>
  item.operationId === operationId && (item.exchange.status ?? 0) >= 200 && (item.exchange.status ?? 0) < 300;

export function vendorScenarios(register: PartyRegister, innsenderOrgnr: string): VendorScenario[] {
  const [flowDebtor, faultDebtor, invalidDebtor] = register.pickPersons(3, { regelverk: 'nyttRegelverk' });
  const locked = register.lockedPerson.identifier;
  const flow = flowDebtor?.identifier ?? register.defaultSaksoekt.identifier;
  return [
    {
      id: 'full-flow',
      title: { nb: 'Full flyt', en: 'Full flow' },
      instructions: {
        nb: `Opprett en ny utleggsbegjæring med innsender ${innsenderOrgnr} mot saksøkt ${flow}: slå opp regelverk i Betjeningskartet, last opp vedlegg, valider, send inn, hent status, send en endring og hent status igjen.`,
        en: `Create a new utleggsbegjæring with innsender ${innsenderOrgnr} against saksøkt ${flow}: look up the regime in Betjeningskartet, upload the attachments, validate, submit, fetch the status, send a change and fetch the status again.`,
      },
      parties: { innsender: innsenderOrgnr, saksoekt: flow },
      done: (items) => {
        const changed = items.findIndex((item) => ok(item, 'endreBegjaering'));
        return changed >= 0 && items.slice(changed + 1).some((item) => ok(item, 'hentStatusPaaSak'));
      },
    },
    {
      id: 'kontrollutslag',
      title: { nb: 'Kontrollutslag', en: 'Kontrollutslag' },
      instructions: {
        nb: `Send en utleggsbegjæring mot saksøkt ${invalidDebtor?.identifier ?? flow} uten krav (tom kravliste). API-et svarer 422 MANGLER_KRAV: vis kontrollutslaget for brukeren og ikke send på nytt uendret.`,
        en: `Submit an utleggsbegjæring against saksøkt ${invalidDebtor?.identifier ?? flow} without claims (empty claim list). The API answers 422 MANGLER_KRAV: show the kontrollutslag to the user and do not resend it unchanged.`,
      },
      parties: { innsender: innsenderOrgnr, saksoekt: invalidDebtor?.identifier ?? flow },
      done: (items) => items.some((item) => item.exchange.status === 422),
    },
    {
      id: 'old-regime',
      title: { nb: 'Gammelt regelverk', en: 'Old regime' },
      instructions: {
        nb: `Forsøk en ny utleggsbegjæring mot saksøkt ${locked}, som er låst til gammelt regelverk. Betjeningskartet svarer tidligereRegelverk: saken skal til ELSA, ikke ELAN.`,
        en: `Try a new utleggsbegjæring against saksøkt ${locked}, who is locked to the old regime. Betjeningskartet answers tidligereRegelverk: the case belongs in ELSA, not ELAN.`,
      },
      parties: { innsender: innsenderOrgnr, saksoekt: locked },
      done: (items) => items.some((item) => item.operationId === 'slaaOppRegelverk'),
    },
    {
      id: 'service-unavailable',
      title: {
        nb: 'Tjenesten utilgjengelig (503) og struping (429)',
        en: 'Service unavailable (503) and throttling (429)',
      },
      instructions: {
        nb: `Valider og send en ny utleggsbegjæring mot saksøkt ${faultDebtor?.identifier ?? flow}. Simulatoren svarer først 429 på valideringen og 503 på innsendingen, med Retry-After: vent som Retry-After sier før nytt forsøk.`,
        en: `Validate and submit a new utleggsbegjæring against saksøkt ${faultDebtor?.identifier ?? flow}. The simulator first answers 429 to the validation and 503 to the submission, with Retry-After: wait as Retry-After says before trying again.`,
      },
      parties: { innsender: innsenderOrgnr, saksoekt: faultDebtor?.identifier ?? flow },
      faults: [
        { status: 503, count: 1, operationId: 'opprettBegjaering', retryAfterSeconds: 2 },
        { status: 429, count: 1, operationId: 'validerNyBegjaering', retryAfterSeconds: 2 },
      ],
      done: (items) => items.some((item) => ok(item, 'opprettBegjaering')),
    },
  ];
}
