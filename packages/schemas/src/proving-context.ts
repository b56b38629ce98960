import type { ModelVersion } from './model-version.js';

/**
 * Everything prøving needs beyond the document itself. It is passed in, never fetched:
 * the simulator fills it from its own state, `elan-kit validate` from the fixtures' register.
 * Lookups are `{ get }` / `{ has }` shaped so that a plain `Map` or `Set` satisfies them.
 */
export interface ProvingContext {
  readonly modelVersion: ModelVersion;
  /** Today's date, `YYYY-MM-DD`. Rules never read a clock. */
  readonly today: string;
  /** `ny` for validate-new/submit, `endring` for validate-change/change. */
  readonly mode: 'ny' | 'endring';
  /** Organisation number of the authenticated client (token `consumer`, or the system user's customer). */
  readonly authenticatedOrgnr?: string;
  /** The stored case a change applies to; required for the "only for changes" vilkår. */
  readonly earlier?: EarlierCase;
  /** Attachments by uuid. Absent ⇒ the VEDLEGG_* vilkår that need the registry are not evaluated. */
  readonly attachments?: { get(uuid: string): AttachmentInfo | undefined };
  /** Party register by identifier (fnr, D-nummer, orgnr). Absent ⇒ register-based vilkår are not evaluated. */
  readonly parties?: { get(identifier: string): PartyInfo | undefined };
  /** Keys of earlier submissions, made with `duplicateKey`. Absent ⇒ DUPLIKAT_INNSENDING is not evaluated. */
  readonly earlierSubmissions?: { has(key: string): boolean };
  /** The reference of the begjæring attachments must be bound to (see VEDLEGG_SKAL_HA_REFERANSE_TIL_BEGJAERINGEN). */
  readonly begjaeringReferanse?: string;
  readonly options?: ProvingOptions;
}

export interface ProvingOptions {
  /**
   * Every published 0.9 example sets `begrunnelseUnnlatVarsel` on a skriftligMeddelelse basis although the
   * documentation forbids it (information-model.md §19.10). Off by default for 0.9, on for 1.0+.
   */
  readonly strictBegrunnelseUnnlatVarsel?: boolean;
  /**
   * The party register is the whole world (the simulator's own register): a saksøkt it does not know is
   * SAKSOEKT_MANGLER_I_REGISTERET. Off by default: an identifier unknown to the register is not checked by the
   * register-based vilkår, and `provDetailed` reports it (offline validation with a sample register).
   */
  readonly partyRegisterComplete?: boolean;
}

export interface EarlierCase {
  readonly eksternSaksreferanse: string;
  readonly document: unknown;
  readonly saksstatus: Saksstatus;
  /** An earlier submission on this case is not processed yet (UAVKLART_STATUS). */
  readonly hasUnprocessedSubmission: boolean;
}

export const SAKSSTATUSER = [
  'sakOpprettet',
  'sakUnderBehandling',
  'sakNektetFremmet',
  'sakForelagt',
  'sakBesluttet',
  'sakAvsluttet',
  'sakHevet',
] as const;
export type Saksstatus = (typeof SAKSSTATUSER)[number];

export type AttachmentStatus =
  | 'MOTTATT'
  | 'VIRUSSJEKKET'
  | 'VALIDERT'
  | 'KONVERTERT'
  | 'VIRUS_FUNNET'
  | 'VALIDERING_FEILET'
  | 'KONVERTERING_FEILET'
  | 'IKKE_KONVERTERBAR'
  | 'SLETTET'
  | 'KASSERT';

export interface AttachmentInfo {
  readonly uuid: string;
  readonly filnavn: string;
  readonly status: AttachmentStatus;
  /** The begjæring reference the attachment was uploaded for (ASSUMPTION: `innsenderReferanse`). */
  readonly begjaeringReferanse?: string;
}

export type Regelverk = 'nyttRegelverk' | 'tidligereRegelverk';

export interface PartyInfo {
  readonly identifier: string;
  readonly kind: 'person' | 'organisasjon';
  readonly regelverk: Regelverk;
  /** Organisations: a main unit (hovedenhet) rather than a sub-unit (underenhet). */
  readonly hovedenhet?: boolean;
  /** Organisations: a sole proprietorship (enkeltpersonforetak). */
  readonly enk?: boolean;
}

/** The key DUPLIKAT_INNSENDING compares: the submitting organisation, begjæringsdato and innsenderReferanse. */
export function duplicateKey(innsenderOrgnr: string, begjaeringsdato: string, innsenderReferanse: string): string {
  return `${innsenderOrgnr}|${begjaeringsdato}|${innsenderReferanse}`;
}
