/**
 * Every rule semantic that the public sources do not settle, in one place so that it is easy to correct when the
 * official specification is known. Each entry names the vilkår it shapes; the constants below are what the rules
 * read. Sources are sections of shared/domain/information-model.md unless stated.
 */
import type { Saksstatus } from '@elan-kit/schemas';
import type { KravType } from './view/krav.js';
import { normaliseCode } from './view/node.js';

export interface RuleAssumption {
  readonly id: string;
  readonly vilkaar: readonly string[];
  readonly assumption: string;
  readonly source: string;
}

/**
 * No vilkår list is published for Beslutning om trekk fra kommune. The decision is a cut-down begjæring, so it is
 * proved with the begjæring vilkår that concern what it shares: claims, amounts and payment details.
 */
export const KOMMUNE_BESLUTNING_VILKAAR: readonly string[] = [
  'MANGLER_KRAV',
  'KRAV_DUPLIKATE_REFERANSER',
  'RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER',
  'RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV',
  'UGYLDIG_BELOEP',
  'UGYLDIG_KID',
  'UGYLDIG_KONTONR',
  'MANGELFULLE_KONTOOPPLYSNINGER',
];

export const ruleAssumptions: readonly RuleAssumption[] = [
  {
    id: 'kommune-beslutning-vilkaar',
    vilkaar: KOMMUNE_BESLUTNING_VILKAAR,
    assumption:
      'A Beslutning om trekk fra kommune is proved with the begjæring vilkår about claims, amounts and payment details; no list of its own is published.',
    source: 'seed page "Utleggstrekk fra kommune"; §17',
  },
  {
    id: 'kravdetaljer-types',
    vilkaar: [
      'HOVEDSTOL_SKAL_IKKE_HA_ET_RELATERT_KRAV',
      'GEBYR_ELLER_SAKSKOSTNAD_HAR_ET_RELATERTKRAV_SOM_IKKE_ER_HOVEDSTOL',
      'RENTE_MAA_HA_RELATERT_KRAV',
      'KRAV_MANGLER_FORFALLSDATO',
      'KRAV_OPPGIS_UTEN_FORFALLSDATO',
    ],
    assumption:
      'The claim type is read from `kravdetaljer`, case-insensitively: Hovedkrav (also "hovedstol") is a main claim; Rentekrav is interest; UtenrettsligeKostnader, TidligereRettsligeSakskostnader, SakskostnaderForSkriving, Sakskostnader and Gebyr are costs and fees. Other values are of unknown type and take part in no type-based vilkår.',
    source: '§11 kravdetaljerUtleggsbegjaering, §7.5',
  },
  {
    id: 'null-is-absent',
    vilkaar: [],
    assumption: 'A property whose value is `null` is treated as absent.',
    source: 'none (defensive reading)',
  },
  {
    id: 'party-identity',
    vilkaar: [
      'DUPLIKAT_SAKSOEKER',
      'DUPLIKAT_SAKSOEKT',
      'SAMME_SAKSOEKT_SOM_SAKSOEKER',
      'ULOVLIG_ENDRING_SAKSOEKER',
      'ULOVLIG_ENDRING_SAKSOEKT',
      'ULOVLIG_ENDRING_INNSENDER',
    ],
    assumption:
      'Two party entries are the same party when their identifiers are equal (spaces ignored); without identifiers, when a person has the same full name and birth date, or an organisation the same name (case-insensitive).',
    source: '§4.2 (no comparison rule published)',
  },
  {
    id: 'valid-identifier',
    vilkaar: ['MANGLER_OPPLYSNINGER_OM_SAKSOEKER', 'MANGLER_OPPLYSNINGER_OM_SAKSOEKT', 'INNSENDER_IKKE_IDENTIFISERBAR'],
    assumption:
      'An identifier counts towards the minimum identification only when it is a Norwegian orgnr (9 digits) or fødselsnummer/D-nummer (11 digits, Tenor +80 and the 2032 rule accepted) with valid check digits, or carries a country code other than NO. An innsender without such an identifier cannot be identified.',
    source: '§3, §5.2; maskinporten-identifiers-interest.md §2',
  },
  {
    id: 'innsender-person',
    vilkaar: ['INNSENDER_IKKE_ORGANISASJON', 'INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING'],
    assumption:
      'An innsender given as a person, or identified by an 11-digit personal number, is not an organisation; the comparison with the authenticated organisation is made only for an innsender with a valid orgnr.',
    source: '§5.2',
  },
  {
    id: 'duplicate-key',
    vilkaar: ['DUPLIKAT_INNSENDING'],
    assumption:
      'Only new submissions are compared (a change repeats begjæringsdato and innsenderReferanse by design). The key is `duplicateKey(innsender orgnr, begjaeringsdato, innsenderReferanse)`; without an innsender orgnr the authenticated organisation is used; without innsenderReferanse nothing is compared.',
    source: '§4.2',
  },
  {
    id: 'bevillingshaver-required',
    vilkaar: ['MANGLER_OPPLYSNINGER_BEVILLINGSHAVER'],
    assumption:
      'A prosessfullmektig given as an organisation (an agency or law firm) must name a bevillingshaver, unless a specific fullmakt is given instead.',
    source: '§5.1 (V2.0 explanation: bevillingshaver or fullmakt)',
  },
  {
    id: 'prosessfullmektig-orgnr',
    vilkaar: ['MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG', 'UGYLDIG_ORGNR_PROSESSFULLMEKTIG'],
    assumption:
      'For a prosessfullmektig given as an organisation: a missing orgnr is MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG where the model version has that code (0.9) and UGYLDIG_ORGNR_PROSESSFULLMEKTIG otherwise; an orgnr with wrong length or check digits is always UGYLDIG_ORGNR_PROSESSFULLMEKTIG.',
    source: '§5.2, §12',
  },
  {
    id: 'maks-en-adresse-placeholder',
    vilkaar: ['MAKS_EN_ADRESSE_AV_HVER_TYPE'],
    assumption:
      'The published text "av type %ukjentBosted, postadresse, …" lists the address types; `%ukjentBosted` is filled with its own name so the list reads as intended. Every actor (saksøker, saksøkt, innsender, prosessfullmektig) is checked.',
    source: 'Feilkoder table',
  },
  {
    id: 'address-minimum',
    vilkaar: [
      'SAKSOEKERS_INNENLANDS_ADRESSE_UGYLDIG',
      'SAKSOEKERS_UTENLANDS_ADRESSE_UGYLDIG',
      'SAKSØKTES_INNENLANDS_ADRESSE_UGYLDIG',
      'SAKSØKTES_UTENLANDS_ADRESSE_UGYLDIG',
    ],
    assumption:
      'A domestic address needs adressetekst and postnummer, a foreign one poststedUtland and landkode, with or without the adresseFrittFormat* wrapper.',
    source: '§5.3',
  },
  {
    id: 'no-claims-suppresses-references',
    vilkaar: ['TVANGSGRUNNLAG_UGYLDIGE_KRAVREFERANSER', 'MANGLER_KRAV'],
    assumption:
      'When the begjæring has no claims at all, only MANGLER_KRAV is reported; references from a tvangsgrunnlag are not also reported as pointing to missing claims.',
    source: '§4.2',
  },
  {
    id: 'relations-independent',
    vilkaar: [
      'RELATERTE_KRAV_MÅ_FINNES',
      'GEBYR_ELLER_SAKSKOSTNAD_HAR_ET_RELATERTKRAV_SOM_IKKE_ER_HOVEDSTOL',
      'RENTEKRAV_KAN_IKKE_HA_RENTEKRAV',
      'RENTEKRAV_KAN_BARE_RELATERES_TIL_ETT_KRAV',
    ],
    assumption:
      'A relation is judged by its own vilkår only: a reference to a missing claim is only RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER, a self-reference only RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV, a claim in no tvangsgrunnlag only KRAV_IKKE_BENYTTET, and interest related to interest only RENTEKRAV_KAN_IKKE_HA_RENTEKRAV. Costs and fees may stand without a related claim.',
    source: '§7.5',
  },
  {
    id: 'prioritet-rettsgebyr',
    vilkaar: ['PRIORITET_MANGLER_PÅ_RETTSGEBYR'],
    assumption:
      "The court fee is claimed when `kreverRettsgebyrErstattet` is `true` or an object whose own `kreverRettsgebyrErstattet` is not `false`. Its priority is the object's `prioritetISak`; the boolean form cannot carry one.",
    source: '§6.1',
  },
  {
    id: 'rente-periode',
    vilkaar: ['RENTEKRAV_PERIODE_MAA_HA_GYLDIG_PERIODE'],
    assumption:
      'ELAN counts interest periods inclusively, so a one-day period (start = end) is valid; the start must be strictly before begjaeringsdato.',
    source: '§7.5; maskinporten-identifiers-interest.md §3',
  },
  {
    id: 'innbetaling-today',
    vilkaar: ['INNBETALING_FRAM_I_TID'],
    assumption: 'A payment is in the future when its bokfoertDato (or dato) is after the context date `today`.',
    source: '§7.9',
  },
  {
    id: 'amount-format',
    vilkaar: ['UGYLDIG_BELOEP', 'UGYLDIG_RENTE'],
    assumption:
      'Every numeric property whose name ends in `beloep` is an amount; `avtaltRentesats`, `beregnetMedAvtaltRentesats` and `rentesats` are rates. The number of decimals is read from the shortest text form of the JSON number.',
    source: '§3',
  },
  {
    id: 'forliksklage',
    vilkaar: ['PAASTAND_PAAKREVET', 'KAN_BEHANDLES_I_FORLIKSRAADET_PAAKREVET'],
    assumption:
      'For a combined utlegg and forliksklage (either spelling of the enum value), every skriftligMeddelelse must carry `paastand` and `kanBehandlesIForliksraadet`; without any skriftligMeddelelse the finding points at `tvangsfullbyrdelsestype`.',
    source: '§4.2',
  },
  {
    id: 'varsel-418',
    vilkaar: ['PARAGRAF_4_18_VARSEL_PAAKREVET'],
    assumption:
      'A særlig tvangsgrunnlag needs a varsel of type varselTvfbl418 or a begrunnelseUnnlatVarsel (an inkassovarsel is a different notice). Model 2.1 deprecates the varsel type: a varsel without a type counts as the § 4-18 varsel. With the strict reading (ProvingOptions.strictBegrunnelseUnnlatVarsel, default on from 1.0) a begrunnelseUnnlatVarsel does not replace the varsel on a skriftligMeddelelse basis, where the documentation forbids it.',
    source: '§8.3, §8.4, §19.10',
  },
  {
    id: 'varsel-419',
    vilkaar: ['PARAGRAF_4_19_VARSEL_PAAKREVET'],
    assumption:
      'A § 4-19 varsel (or a begrunnelseUnnlatVarsel) is required when the claim became enforceable before the same day one year before begjaeringsdato (29 February counts as 28 February): for an alminnelig tvangsgrunnlag from the latest oppfyllelsesfrist of its domsslutninger, for a særlig one from its newest § 4-18 varsel. A tvangsgrunnlag that says neither is not judged. A varsel without a type (model 2.1) counts as the § 4-19 varsel on an alminnelig tvangsgrunnlag and as a § 4-18 varsel on a særlig one (so a recent one renews the claim).',
    source: '§8.4; tvangsfullbyrdelsesloven § 4-19',
  },
  {
    id: 'konto',
    vilkaar: ['MANGELFULLE_KONTOOPPLYSNINGER', 'UGYLDIG_KONTONR'],
    assumption:
      'Account information is insufficient when it has none of kontonummer, iban, bic, bankkode, or when a Norwegian account has no kontonummer. A Norwegian kontonummer must pass MOD11 (dots and spaces allowed); for a foreign account the iban (when given) must pass mod-97. The iban of a Norwegian account is not checked (the published examples carry an invalid one).',
    source: '§6.3, §19',
  },
  {
    id: 'kid',
    vilkaar: ['UGYLDIG_KID'],
    assumption: 'Every `kidnummer` in the document is checked; it is valid with 2–25 characters under MOD10 or MOD11.',
    source: 'maskinporten-identifiers-interest.md §2.6',
  },
  {
    id: 'vedlegg-type',
    vilkaar: [
      'UGYLDIG_VEDLEGG_BETALINGSOPPFORDRING',
      'UGYLDIG_VEDLEGG_FULLMAKT',
      'UGYLDIG_VEDLEGG_TRANSPORTERKLÆRING',
      'UGYLDIG_VEDLEGG_TVANGSGRUNNLAG',
      'UGYLDIG_VEDLEGG_TVANGSKRAFTGRUNNLAG',
    ],
    assumption:
      'Attachment types are compared case-insensitively with æ/ae, ø/oe, å/aa treated alike (the May-2025 texts wrote them in upper case).',
    source: '§10, §19.15',
  },
  {
    id: 'vedlegg-reference',
    vilkaar: ['VEDLEGG_SKAL_HA_REFERANSE_TIL_BEGJAERINGEN'],
    assumption:
      "An attachment is bound to the begjæring reference it was uploaded with (`innsenderReferanse` of the upload); it must equal the context's `begjaeringReferanse`, or else the document's innsenderReferanse. An upload without a reference is not checked.",
    source: '§10.1',
  },
  {
    id: 'vedlegg-state',
    vilkaar: [
      'VEDLEGG_SKAL_VAERE_TILGJENGELIG',
      'VEDLEGG_SKAL_IKKE_HA_FEILET',
      'VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT',
    ],
    assumption:
      'Attachment states map to the published alternatives: unknown uuid, SLETTET, KASSERT, VIRUS_FUNNET ⇒ not available; VALIDERING_FEILET, KONVERTERING_FEILET, IKKE_KONVERTERBAR ⇒ failed; MOTTATT (not virus-checked), VIRUSSJEKKET (not validated), VALIDERT (not converted) ⇒ not ready.',
    source: '§10.1',
  },
  {
    id: 'change-states',
    vilkaar: ['UGYLDIG_STATUS'],
    assumption:
      'A case can be changed while it is sakOpprettet, sakUnderBehandling or sakForelagt; not in any other state.',
    source: '§4.2, §14',
  },
  {
    id: 'change-parties',
    vilkaar: ['ULOVLIG_ENDRING_SAKSOEKER', 'ULOVLIG_ENDRING_SAKSOEKT', 'ULOVLIG_ENDRING_INNSENDER'],
    assumption:
      'A change is illegal when it names a saksøker or saksøkt that the stored begjæring does not have, or another innsender; removing a party is not reported.',
    source: '§4.2; vilkaar-update-2025.md',
  },
  {
    id: 'register-unknown',
    vilkaar: [
      'SAKSOEKT_MANGLER_I_REGISTERET',
      'ER_IKKE_HOVEDENHET',
      'SAKSOEKT_ER_IKKE_HOVEDENHET',
      'SAKSOKER_ER_ENK',
      'SAKSOEKT_ER_ENK',
    ],
    assumption:
      'Only valid Norwegian identifiers are looked up. An identifier the party register does not know is SAKSOEKT_MANGLER_I_REGISTERET only when the register is declared complete (ProvingOptions.partyRegisterComplete); otherwise the register-based vilkår skip that party and provDetailed reports it.',
    source: 'vilkaar-update-2025.md',
  },
  {
    id: 'regelverk-unknown',
    vilkaar: ['SAKSOEKT_GAMMELT_REGELVERK'],
    assumption:
      'A saksøkt unknown to the register is on the new regime (only the published lists are locked to the old one).',
    source: 'betjeningskartet-locked-test-parties.md',
  },
  {
    id: 'empty-avvikstekst',
    vilkaar: ['ULOVLIG_ENDRING_BEGJAERINGSDATO', 'ULOVLIG_ENDRING_INNSENDER', 'ULOVLIG_ENDRING_UNDERSKRIFT'],
    assumption: 'Where the published avvikstekst is empty, the melding is the tittel.',
    source: 'Feilkoder table',
  },
];

const KRAVDETALJER: Readonly<Record<string, KravType>> = {
  hovedkrav: 'hovedkrav',
  hovedstol: 'hovedkrav',
  rentekrav: 'rentekrav',
  utenrettsligekostnader: 'utenrettsligeKostnader',
  tidligererettsligesakskostnader: 'tidligereRettsligeSakskostnader',
  sakskostnaderforskriving: 'sakskostnaderForSkriving',
  sakskostnader: 'sakskostnader',
  gebyr: 'gebyr',
};

export function kravTypeOf(kravdetaljer: string): KravType {
  return KRAVDETALJER[normaliseCode(kravdetaljer)] ?? 'ukjent';
}

export const COST_OR_FEE_TYPES: ReadonlySet<KravType> = new Set([
  'utenrettsligeKostnader',
  'tidligereRettsligeSakskostnader',
  'sakskostnaderForSkriving',
  'sakskostnader',
  'gebyr',
]);

/** V2.0 (AD-2.0 item 13): kravforfall required for these types and forbidden for the next. */
export const FORFALLSDATO_REQUIRED: ReadonlySet<KravType> = new Set([
  'hovedkrav',
  'utenrettsligeKostnader',
  'tidligereRettsligeSakskostnader',
]);
export const FORFALLSDATO_FORBIDDEN: ReadonlySet<KravType> = new Set(['sakskostnaderForSkriving', 'rentekrav']);

/** Normalised tvangsfullbyrdelsestype values that mean a combined utlegg and forliksklage (typo of 0.9 included). */
export const COMBINED_FORLIKSKLAGE = new Set(['utleggogforliksklagekombinert', 'utleggogforlliksklagekombinert']);

/** Normalised varsel types that satisfy § 4-18 and § 4-19. */
export const VARSEL_418_TYPES = new Set(['varseltvfbl418']);
export const VARSEL_419_TYPES = new Set(['varseltvfbl419']);

/** Property name of an attachment slot → the VedleggType it requires (`undefined`: any type). */
export const VEDLEGG_SLOTS: Readonly<Record<string, string | undefined>> = {
  tvangsgrunnlag: 'tvangsgrunnlag',
  tvangskraftgrunnlag: 'tvangskraftgrunnlag',
  fullmakt: 'fullmakt',
  betalingsoppfordring: 'betalingsoppfordring',
  transporterklaering: 'transporterklæring',
  vedlegg: undefined,
  akseptKanalvalg: undefined,
};

export const CHANGE_ALLOWED_STATES: ReadonlySet<Saksstatus> = new Set([
  'sakOpprettet',
  'sakUnderBehandling',
  'sakForelagt',
]);

/** Default of ProvingOptions.strictBegrunnelseUnnlatVarsel per model version (§19.10). */
export function strictBegrunnelseByDefault(modelVersion: string): boolean {
  return modelVersion !== '0.9';
}
