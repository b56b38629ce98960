import type { Regelverk } from '../proving-context.js';

export const PARTY_REGISTER_SCHEMA_VERSION = 1;

/**
 * Where a party came from: the kit's generator with a seed, Skatteetaten's published list of Tenor parties locked
 * to the old regime, or a Tenor search result imported on a date.
 */
export type PartySource =
  | { readonly kind: 'generated'; readonly seed: number }
  | { readonly kind: 'published'; readonly list: 'tidligereRegelverk' }
  | {
      readonly kind: 'tenor';
      /** `freg` (Folkeregisteret) or `brreg-er-fr` (Enhetsregisteret). */
      readonly kilde: 'freg' | 'brreg-er-fr';
      /** `YYYY-MM-DD`, the day of the import. */
      readonly importedAt: string;
      /** The KQL query, when the kit ran the search itself. */
      readonly kql?: string;
      /** The Tenor seed the page was shuffled with, when the page says. */
      readonly seed?: number;
      /** The file the page was read from (`parties import`). */
      readonly file?: string;
    };

/**
 * What a party lacks for the kit's use, each with the vilkår or scenarios it affects (see `PARTY_LACKS` in
 * fixtures): no name, address or birth date in the source, not resident (bosatt), deceased, an organisation
 * form that could not be read, a sub-unit (underenhet), an ENK whose owner is unknown.
 */
export type PartyLack =
  | 'name'
  | 'address'
  | 'birthDate'
  | 'notResident'
  | 'deceased'
  | 'organisationForm'
  | 'subUnit'
  | 'owner';

export interface RegisterAddressData {
  readonly adressetekst: string;
  readonly postnummer: string;
  readonly poststed: string;
  readonly kommunenummer?: string;
  readonly landkode: string;
}

export interface RegisterPersonData {
  readonly kind: 'person';
  readonly identifier: string;
  readonly identifikatortype: 'fnr' | 'dnr';
  readonly fornavn?: string;
  readonly mellomnavn?: string;
  readonly etternavn?: string;
  readonly foedselsdato?: string;
  readonly kjoenn?: 'kvinne' | 'mann';
  /** Folkeregisteret's personstatus (`bosatt`, `doed`, `utflyttet`, …) as the source says it. */
  readonly personstatus?: string;
  readonly adresse?: RegisterAddressData;
  readonly epostAdresse?: string;
  readonly regelverk: Regelverk;
  /** One of Skatteetaten's published parties locked to the old regime. */
  readonly locked?: boolean;
  readonly rolle?: 'bevillingshaver' | 'innehaver';
  readonly source: PartySource;
  readonly lacks: readonly PartyLack[];
}

export interface RegisterOrganisationData {
  readonly kind: 'organisasjon';
  readonly identifier: string;
  readonly navn?: string;
  /** Enhetsregisteret's organisasjonsform kode (AS, ENK, KOMM, BEDR, …). */
  readonly organisasjonsform?: string;
  /** Absent when the source does not say whether it is a main unit. */
  readonly hovedenhet?: boolean;
  readonly enk?: boolean;
  readonly overordnetEnhet?: string;
  readonly underenheter?: readonly string[];
  readonly innehaver?: string;
  readonly bevillingshaver?: string;
  readonly virksomhetstype?: 'inkassovirksomhet' | 'advokatfirma' | 'rettshjelper' | 'annet';
  readonly rolle?: 'inkassobyraa' | 'advokatfirma' | 'kreditor' | 'enk' | 'kommune' | 'underenhet' | 'laast';
  readonly kontonummer?: string;
  readonly epostAdresse?: string;
  readonly adresse?: RegisterAddressData;
  readonly regelverk: Regelverk;
  readonly locked?: boolean;
  readonly source: PartySource;
  readonly lacks: readonly PartyLack[];
}

export type RegisterPartyData = RegisterPersonData | RegisterOrganisationData;

/**
 * A register of test parties as a file: the kit's generated register and an imported Tenor register share it.
 * `complete` declares that the register holds every party a begjæring may name: a saksøkt it does not hold is
 * then SAKSOEKT_MANGLER_I_REGISTERET.
 */
export interface PartyRegisterDocument {
  readonly $schema?: string;
  readonly schemaVersion: typeof PARTY_REGISTER_SCHEMA_VERSION;
  readonly complete: boolean;
  readonly sources: readonly PartySource[];
  readonly persons: readonly RegisterPersonData[];
  readonly organisations: readonly RegisterOrganisationData[];
}
