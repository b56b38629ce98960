/**
 * Every assumption the Utleggsbegjæring contracts (OpenAPI documents, examples, code lists, tolerant
 * validation) rest on, in one place so it is easy to correct when the official specification is loaded.
 * The OpenAPI descriptions refer to these ids (`ASSUMPTION A-…`); a test keeps both in step.
 */
export interface BegjaeringAssumption {
  readonly id: string;
  /** Where it shows: document, schema or field. */
  readonly where: string;
  /** What was assumed. */
  readonly assumed: string;
  /** The section of information-model.md (or other source) that leaves it open. */
  readonly source: string;
}

export const begjaeringAssumptions: readonly BegjaeringAssumption[] = [
  {
    id: 'A-STIER',
    where: 'paths of utleggsbegjaering/{0.9,1.0,1.1,2.0}.yaml',
    assumed:
      'Sub-paths under the base URLs: POST {base}, PUT {base}/{eksternSaksreferanse}, POST {base}/valider, PUT {base}/valider/{eksternSaksreferanse}, GET {base}/{eksternSaksreferanse}, POST {base}/vedlegg, GET and DELETE {base}/vedlegg/{uuid}; model 0.9 under /api/utleggsbegjaering/v1, 1.0–2.0 under /v2.',
    source: 'information-model.md §2, §13.4, §20',
  },
  {
    id: 'A-STATUSKODER',
    where: 'responses of every operation',
    assumed:
      'Create answers 201 {eksternSaksreferanse}, validate 204, schema violations 400 ProblemDetail, vilkår 422 ProblemDetailMedKontrollutslag (only on the operations that take a begjæring), and every operation documents 400, 401, 403, 404, 406, 413, 415, 429, 500, 503.',
    source: 'information-model.md §13.2, §13.3',
  },
  {
    id: 'A-ENDRE-SVAR',
    where: 'endreBegjaering responses',
    assumed: 'A change answers 200 {eksternSaksreferanse}; 204 without a body is documented as well.',
    source: 'information-model.md §13.3',
  },
  {
    id: 'A-HENT-BEGJAERING',
    where: 'hentBegjaering',
    assumed:
      'GET {base}/{eksternSaksreferanse} returns the stored begjæring in the request schema of the model version.',
    source: 'interfaces (route table); no public source',
  },
  {
    id: 'A-VEDLEGG-API',
    where: 'lastOppVedlegg, hentVedlegg, slettVedlegg (paths.yaml)',
    assumed:
      'Upload is multipart/form-data with `fil`, `innsenderReferanse` (binds the attachment to one begjæring) and optional `type`; 201 and GET answer {uuid, filnavn, type?, status}; DELETE answers 204.',
    source: 'information-model.md §10.1',
  },
  {
    id: 'A-VEDLEGG-TILSTAND',
    where: 'VedleggStatus (common.yaml), code list VedleggStatus',
    assumed:
      'State names MOTTATT → VIRUSSJEKKET → VALIDERT → KONVERTERT, and the terminal VIRUS_FUNNET, VALIDERING_FEILET, KONVERTERING_FEILET, IKKE_KONVERTERBAR, SLETTET, KASSERT.',
    source: 'information-model.md §10.1',
  },
  {
    id: 'A-KARDINALITET',
    where: 'required/minItems throughout the request schemas',
    assumed:
      'What a vilkår checks is not `required`/`minItems`/`minimum`/`multipleOf`/`pattern` in the schema: `innsender` and `kravTilInnkreving` are optional, `saksoeker`/`saksoekt` are required but may be empty, names, identifiers, addresses and account values are optional, `Vedlegg.uuid` is optional and unpatterned, amounts and rates have no bounds. Structurally required fields without a vilkår (underskrift, tvangsfullbyrdelsestype, begjaeringsdato, betalingsinformasjon, kravdetaljer, prioritetDekningsloven, …) are required, and 1..* lists no vilkår covers (a tvangsgrunnlag’s innsendersKravreferanse, kreditor, skyldner, forpliktet, berettiget) have minItems 1. Request objects are closed (additionalProperties: false).',
    source: 'information-model.md §4–§10 cardinalities; §12 (vilkår)',
  },
  {
    id: 'A-VALG',
    where: 'Aktoer, AdresseIBegjaering, BegjaeringensTvangsgrunnlag, SaerligTvangsgrunnlag, Rente (0.9)',
    assumed:
      'UML choices: at most one of virksomhet/person/sammenslutning and of adresseInnland/adresseUtland/ukjentBosted (which one must be there is a vilkår on minimum information); exactly one of alminnelig/særlig tvangsgrunnlag, of the særlig variants, and of forsinkelsesrente/avtaltRentesats in 0.9.',
    source: 'information-model.md §5.2, §5.3, §7.3, §8.3',
  },
  {
    id: 'A-DATO-FORMAT',
    where: 'Dato (common.yaml)',
    assumed:
      'Dates are YYYY-MM-DD (format: date); the basic form YYYYMMDD that BA-23b documentation allows is not accepted.',
    source: 'information-model.md §3',
  },
  {
    id: 'A-PROSENT',
    where: 'Prosent (common.yaml)',
    assumed:
      'Prosent is a plain number in percent (21.99 = 21.99 %); negative values and more than two decimals are UGYLDIG_RENTE.',
    source: 'information-model.md §3',
  },
  {
    id: 'A-PRIORITET',
    where: 'Prioritet (common.yaml)',
    assumed:
      'prioritetISak and the future-interest priorities are an integer 1–99 or a numeric string "1"–"99" (CONFLICT: examples send strings); the range is a schema rule since no vilkår checks it.',
    source: 'information-model.md §3, §19.4',
  },
  {
    id: 'A-VALUTA',
    where: 'Valutakode (common.yaml)',
    assumed: 'Currency is three letters in any case (CONFLICT: `nok` in 2024, `NOK` later).',
    source: 'information-model.md §3, §19.9',
  },
  {
    id: 'A-IDENTIFIKATOR',
    where: 'Identifikator (v1.0-2.0.yaml), Partsidentifikator (common.yaml)',
    assumed:
      'Model 0.9 accepts identifier variant A only (every 0.9 example uses it); 1.0, 1.1 and 2.0 accept variant A or B.',
    source: 'information-model.md §3.1',
  },
  {
    id: 'A-IDENTIFIKATOR-B',
    where: 'IdentifikatorVariantB (v1.0-2.0.yaml)',
    assumed:
      'At least one of taxIdentificationNumber and annenOffisiellIdentifikator is a string; the other may be null.',
    source: 'information-model.md §3.1',
  },
  {
    id: 'A-IDENTIFIKATORTYPE',
    where: 'Partsidentifikator.identifikatortype; code list Identifikatortype',
    assumed: 'The external code list is not public; only taxIdentificationNumber is known, so the schema has no enum.',
    source: 'information-model.md §3, §11',
  },
  {
    id: 'A-KRAVDETALJER',
    where: 'Kravdetaljer (common.yaml); code list kravdetaljerUtleggsbegjaering',
    assumed:
      'Values Hovedkrav, Rentekrav, UtenrettsligeKostnader, TidligereRettsligeSakskostnader, SakskostnaderForSkriving, Sakskostnader, Gebyr, compared case-insensitively; no enum in the schema.',
    source: 'information-model.md §11',
  },
  {
    id: 'A-NAMSMANNSDISTRIKT',
    where: 'ValgtNamsmannsdistrikt.namsmannsdistrikt; code list Namsmannsdistrikt',
    assumed: 'Placeholder list: the 12 police districts and the two sample strings; the schema accepts any text.',
    source: 'information-model.md §6.4; maskinporten-identifiers-interest.md §5',
  },
  {
    id: 'A-ADRESSE-INNLAND',
    where: 'AdresseInnland (common.yaml)',
    assumed:
      'adresseInnland with or without the adresseFrittFormatInnland wrapper (CONFLICT) in every version, but not both forms in one address.',
    source: 'information-model.md §5.3',
  },
  {
    id: 'A-MOTTAKERADRESSE',
    where: 'SkriftligMeddelelse (2.0.yaml)',
    assumed:
      'Model 2.0 replaces mottakeradresse with mottakeradresseInnland (AdresseFrittFormatInnland) or mottakeradresseUtland (AdresseFrittFormatUtland), at most one.',
    source: 'information-model.md §5.3, §8.3',
  },
  {
    id: 'A-NORSKKONTO',
    where: 'NorskKonto (common.yaml)',
    assumed:
      'norskKonto is a boolean next to kontoinformasjon, or (CONFLICT, warning) an object with the account fields, in every version.',
    source: 'information-model.md §6.3, §19.2',
  },
  {
    id: 'A-BETALINGSINFORMASJON-1X',
    where: 'Betalingsinformasjon (v1.0-2.0.yaml)',
    assumed:
      'From 1.0 Betalingsinformasjon also has betalingsmottaker (Identifikator) and kidnummer, inferred from the municipality example.',
    source: 'information-model.md §6.3',
  },
  {
    id: 'A-RETTSGEBYR',
    where: 'kreverRettsgebyrErstattet (0.9.yaml, 1.0.yaml, v1.1-2.0.yaml)',
    assumed: 'Boolean in 0.9; boolean or object in 1.0 (CONFLICT); object in 1.1 and 2.0.',
    source: 'information-model.md §4.1, §6.1',
  },
  {
    id: 'A-RETTSGEBYR-OBJEKT',
    where: 'KreverRettsgebyrErstattet (1.0.yaml, v1.1-2.0.yaml)',
    assumed: 'Object {kreverRettsgebyrErstattet?, prioritetISak?, prioritetISakFremtidigRentekrav? (1.1+)}.',
    source: 'information-model.md §6.1',
  },
  {
    id: 'A-RENTER-RETTSGEBYR',
    where: 'KreverRettsgebyrErstattet.kreverRenterAvRettsgebyr (v2.1.yaml)',
    assumed: 'New in model 2.1: an optional boolean (the page names the element, not its type).',
    source: 'Utleggsbegjæring API – Innsending, May 2026 (model 2.1 changes)',
  },
  {
    id: 'A-FRITAK-RETTSGEBYR',
    where: 'KreverFritakRettsgebyr (v1.1-2.0.yaml)',
    assumed: 'Open object with an optional `begrunnelse`.',
    source: 'information-model.md §6.2',
  },
  {
    id: 'A-KRAVENDRING',
    where: 'KravEndring (1.0.yaml, v1.1-2.0.yaml)',
    assumed: 'List items are open objects with optional dato, beloep, begrunnelse.',
    source: 'information-model.md §7.4',
  },
  {
    id: 'A-KRAVGRUNNLAGSIDENTIFIKATOR',
    where: 'Krav.kravgrunnlagsidentifikator (1.0+)',
    assumed: 'The first version with the field is unknown; it is accepted from 1.0.',
    source: 'information-model.md §7.4',
  },
  {
    id: 'A-RENTEOPPLYSNINGER',
    where: 'Renteopplysninger (v1.0-2.0.yaml)',
    assumed:
      'avtaltRentesats (Prosent) sits next to harForsinkelsesrente; the schema does not force a choice between them.',
    source: 'information-model.md §7.4',
  },
  {
    id: 'A-FORPLIKTET-BERETTIGET',
    where: 'DomsslutningInformasjon (1.0.yaml, v1.1-2.0.yaml)',
    assumed:
      'From 1.0 forpliktet and berettiget are lists (1..*) of Identifikator; in 0.9 they are a saksøkt/saksøker reference (text).',
    source: 'information-model.md §8.3, §8.4',
  },
  {
    id: 'A-FORSENDELSESMAATE',
    where: 'Forsendelsesmaate (all versions)',
    assumed:
      'skriftligMeddelelse.forsendelsesmaate is the Forsendelsesmåte object (type in its `forsendelsesmaate` field); at least one of type and alternative channel, both allowed (CONFLICT); in 0.9 also the capitalised AlternativElektroniskKanalForMeddelelse (warning).',
    source: 'information-model.md §8.3, §19.3',
  },
  {
    id: 'A-ALTERNATIV-KANAL-STAVING',
    where: 'Forsendelsesmaate (1.0+)',
    assumed:
      'Both alternativElektroniskForesendelsesmaate (the INFERRED name with the changelog’s typo) and alternativElektroniskForsendelsesmaate are accepted, not both at once.',
    source: 'information-model.md §8.3, §9',
  },
  {
    id: 'A-VARSEL-FORSENDELSE',
    where: 'Varsel (1.1.yaml, 2.0.yaml)',
    assumed: 'forsendelsemaateType is optional in 1.1 and required in 2.0.',
    source: 'information-model.md §9',
  },
  {
    id: 'A-SJEKK-ELLER-VEKSEL',
    where: 'SjekkEllerVeksel (2.0.yaml)',
    assumed: 'Open object {sjekk?, veksel?}.',
    source: 'information-model.md §8.3',
  },
  {
    id: 'A-PAALYDENDE-1.1',
    where: 'SaerligTvangsgrunnlag.paalydendeBeloep (1.1.yaml, 2.0.yaml)',
    assumed:
      'Removed in 1.1 but still accepted (deprecated, with a warning) because Skatteetaten ignores it when sent.',
    source: 'information-model.md §8.3',
  },
  {
    id: 'A-0.9-AVVIK',
    where: '0.9.yaml',
    assumed:
      'Model 0.9 accepts what the published 0.9 examples send: berOmInnkallingTilMoete (boolean, warning), both spellings of utleggOgForliksklageKombinert, and inkassobevillingshaverNummer as required (diagram).',
    source: 'information-model.md §4.1, §5.2, §11, §19',
  },
  {
    id: 'A-EKSEMPEL-PARTER',
    where: 'contracts/examples/utleggsbegjaering/*/{minimal,complex}.json',
    assumed:
      'Example identifiers are computed Tenor-style numbers (fnr month + 80, orgnr starting with 2 or 3, MOD11) that are not on the locked-to-old-regime lists; whether they exist in Tenor is not known, so register-based vilkår only see them if the register has them. The innsender is 312345676.',
    source: 'information-model.md §3; betjeningskartet-locked-test-parties.md',
  },
];
