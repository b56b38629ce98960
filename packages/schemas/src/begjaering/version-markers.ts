import type { ModelVersion } from '../model-version.js';

/**
 * Evidence for the model version of a document, used by detectModelVersion. A marker matches a JSON path
 * pattern (`*` = one segment, `**` = any number of segments) and, optionally, a test on the value there.
 * Code-list markers take their versions from the code list of the value found.
 */
export interface VersionMarker {
  readonly id: string;
  readonly pattern: string;
  /** The versions the marker points to (ignored for code-list markers). */
  readonly versions: readonly ModelVersion[];
  readonly weight: number;
  readonly test?: MarkerTest;
  /** What the evidence line says, e.g. "0.9 name of innsendersKravreferanse". */
  readonly says: string;
}

export type MarkerTest =
  | { readonly type: 'string' | 'array' | 'boolean' | 'object' }
  | { readonly equals: string }
  | { readonly lacks: string }
  | { readonly codeList: string };

const V09: readonly ModelVersion[] = ['0.9'];
const V1X: readonly ModelVersion[] = ['1.0', '1.1', '2.0', '2.1'];
const UP_TO_10: readonly ModelVersion[] = ['0.9', '1.0'];
const UP_TO_11: readonly ModelVersion[] = ['0.9', '1.0', '1.1'];
const FROM_11: readonly ModelVersion[] = ['1.1', '2.0', '2.1'];
const FROM_20: readonly ModelVersion[] = ['2.0', '2.1'];
const V21: readonly ModelVersion[] = ['2.1'];
const UP_TO_20: readonly ModelVersion[] = ['0.9', '1.0', '1.1', '2.0'];

export const VERSION_MARKERS: readonly VersionMarker[] = [
  {
    id: 'kravreferanse',
    pattern: '/kravTilInnkreving/*/kravreferanse',
    versions: V09,
    weight: 3,
    says: '0.9 name of innsendersKravreferanse',
  },
  {
    id: 'innsendersKravreferanse',
    pattern: '/kravTilInnkreving/*/innsendersKravreferanse',
    versions: V1X,
    weight: 3,
    says: '1.0+ name of kravreferanse',
  },
  {
    id: 'erRentekrav',
    pattern: '/kravTilInnkreving/*/erRentekrav',
    versions: V09,
    weight: 2,
    says: '0.9 name of rentekrav',
  },
  {
    id: 'renteOpplysning',
    pattern: '/kravTilInnkreving/*/renteOpplysning',
    versions: V09,
    weight: 2,
    says: '0.9 name of rentebaerendeKrav',
  },
  {
    id: 'rentekrav',
    pattern: '/kravTilInnkreving/*/rentekrav',
    versions: V1X,
    weight: 2,
    says: '1.0+ name of erRentekrav',
  },
  {
    id: 'rentebaerendeKrav',
    pattern: '/kravTilInnkreving/*/rentebaerendeKrav',
    versions: V1X,
    weight: 2,
    says: '1.0+ name of renteOpplysning',
  },
  { id: 'kravEndring', pattern: '/kravTilInnkreving/*/kravEndring', versions: V1X, weight: 1, says: 'new in 1.0' },
  {
    id: 'saksoeker-prosessfullmektig',
    pattern: '/saksoeker/*/prosessfullmektig',
    versions: V09,
    weight: 2,
    says: '0.9 name of saksoekersProsessfullmektig',
  },
  {
    id: 'innsender-prosessfullmektig',
    pattern: '/innsender/prosessfullmektig',
    versions: V09,
    weight: 2,
    says: '0.9 name of innsendersProsessfullmektig',
  },
  {
    id: 'saksoekt-prosessfullmektig',
    pattern: '/saksoekt/*/prosessfullmektig',
    versions: V09,
    weight: 2,
    says: '0.9 name of saksoektesProsessfullmektig',
  },
  {
    id: 'saksoekersProsessfullmektig',
    pattern: '/saksoeker/*/saksoekersProsessfullmektig',
    versions: V1X,
    weight: 2,
    says: '1.0+ name',
  },
  {
    id: 'innsendersProsessfullmektig',
    pattern: '/innsender/innsendersProsessfullmektig',
    versions: V1X,
    weight: 2,
    says: '1.0+ name',
  },
  {
    id: 'saksoektesProsessfullmektig',
    pattern: '/saksoekt/*/saksoektesProsessfullmektig',
    versions: V1X,
    weight: 2,
    says: '1.0+ name',
  },
  {
    id: 'saksoekerReferanse',
    pattern: '/saksoeker/*/saksoekerReferanse',
    versions: V09,
    weight: 2,
    says: 'removed in 1.0',
  },
  {
    id: 'saksoektReferanse',
    pattern: '/saksoekt/*/saksoektReferanse',
    versions: V09,
    weight: 2,
    says: 'removed in 1.0',
  },
  {
    id: 'inkassobevillingshaverNummer',
    pattern: '**/bevillingshaver/inkassobevillingshaverNummer',
    versions: V09,
    weight: 1,
    says: 'removed in 1.0',
  },
  {
    id: 'domsreferanse',
    pattern: '**/alminneligTvangsgrunnlag/domsreferanse',
    versions: V09,
    weight: 2,
    says: 'removed in 1.0',
  },
  {
    id: 'referanseSak',
    pattern: '**/saerligTvangsgrunnlag/referanseSak',
    versions: V09,
    weight: 2,
    says: 'removed in 1.0',
  },
  {
    id: 'paalydendeBeloep',
    pattern: '**/saerligTvangsgrunnlag/paalydendeBeloep',
    versions: UP_TO_10,
    weight: 1,
    says: 'removed in 1.1',
  },
  {
    id: 'saerlig-uten-paalydende',
    pattern: '**/saerligTvangsgrunnlag',
    versions: FROM_11,
    weight: 1,
    test: { lacks: 'paalydendeBeloep' },
    says: 'no paalydendeBeloep (required until 1.0)',
  },
  {
    id: 'beloepSlutningGenerell',
    pattern: '**/domsslutningInformasjon/*/beloepSlutningGenerell',
    versions: UP_TO_10,
    weight: 1,
    says: 'removed in 1.1',
  },
  {
    id: 'beloepSlutningSaksomkostninger',
    pattern: '**/domsslutningInformasjon/*/beloepSlutningSaksomkostninger',
    versions: UP_TO_10,
    weight: 1,
    says: 'removed in 1.1',
  },
  {
    id: 'forpliktet-tekst',
    pattern: '**/domsslutningInformasjon/*/forpliktet',
    versions: V09,
    weight: 2,
    test: { type: 'string' },
    says: 'a saksøkt reference (0.9)',
  },
  {
    id: 'berettiget-tekst',
    pattern: '**/domsslutningInformasjon/*/berettiget',
    versions: V09,
    weight: 2,
    test: { type: 'string' },
    says: 'a saksøker reference (0.9)',
  },
  {
    id: 'forpliktet-liste',
    pattern: '**/domsslutningInformasjon/*/forpliktet',
    versions: V1X,
    weight: 2,
    test: { type: 'array' },
    says: 'a list of identifiers (1.0+)',
  },
  {
    id: 'berettiget-liste',
    pattern: '**/domsslutningInformasjon/*/berettiget',
    versions: V1X,
    weight: 2,
    test: { type: 'array' },
    says: 'a list of identifiers (1.0+)',
  },
  {
    id: 'alternativElektroniskKanalForMeddelelse',
    pattern: '**/forsendelsesmaate/alternativElektroniskKanalForMeddelelse',
    versions: V09,
    weight: 2,
    says: '0.9 name of alternativElektroniskForesendelsesmaate',
  },
  {
    id: 'AlternativElektroniskKanalForMeddelelse',
    pattern: '**/forsendelsesmaate/AlternativElektroniskKanalForMeddelelse',
    versions: V09,
    weight: 2,
    says: '0.9 name, capitalised as in published 0.9 examples',
  },
  {
    id: 'alternativElektroniskForesendelsesmaate',
    pattern: '**/forsendelsesmaate/alternativElektroniskForesendelsesmaate',
    versions: V1X,
    weight: 2,
    says: '1.0+ name',
  },
  {
    id: 'alternativElektroniskForsendelsesmaate',
    pattern: '**/forsendelsesmaate/alternativElektroniskForsendelsesmaate',
    versions: V1X,
    weight: 1,
    says: '1.0+ name (spelt without the typo)',
  },
  {
    id: 'skylderklaering',
    pattern: '**/gjeldsbrev/skylderklaering',
    versions: V09,
    weight: 2,
    says: '0.9 spelling of skyldnererklaering',
  },
  {
    id: 'skyldererklaering',
    pattern: '**/elektroniskGjeldserklaering/skyldererklaering',
    versions: V09,
    weight: 2,
    says: '0.9 spelling of skyldnererklaering',
  },
  {
    id: 'skyldnererklaering',
    pattern: '**/skyldnererklaering',
    versions: V1X,
    weight: 2,
    says: 'spelling fixed in 1.0',
  },
  { id: 'avsender', pattern: '**/skriftligMeddelelse/avsender', versions: V09, weight: 2, says: 'removed in 1.0' },
  {
    id: 'mottakeradresse',
    pattern: '**/skriftligMeddelelse/mottakeradresse',
    versions: UP_TO_11,
    weight: 1,
    says: 'replaced by mottakeradresseInnland/-Utland in 2.0',
  },
  {
    id: 'mottakeradresseInnland',
    pattern: '**/skriftligMeddelelse/mottakeradresseInnland',
    versions: FROM_20,
    weight: 2,
    says: 'new in 2.0',
  },
  {
    id: 'mottakeradresseUtland',
    pattern: '**/skriftligMeddelelse/mottakeradresseUtland',
    versions: FROM_20,
    weight: 2,
    says: 'new in 2.0',
  },
  { id: 'saksreferanse', pattern: '/saksreferanse', versions: UP_TO_10, weight: 1, says: 'removed in 1.1' },
  {
    id: 'berOmInnkallingTilMoete',
    pattern: '/berOmInnkallingTilMoete',
    versions: V09,
    weight: 1,
    says: '2024 name still sent by the published 0.9 examples',
  },
  {
    id: 'rettsgebyr-boolsk',
    pattern: '/kreverRettsgebyrErstattet',
    versions: UP_TO_10,
    weight: 1,
    test: { type: 'boolean' },
    says: 'a boolean (0.9; accepted in 1.0)',
  },
  {
    id: 'rettsgebyr-objekt',
    pattern: '/kreverRettsgebyrErstattet',
    versions: V1X,
    weight: 1,
    test: { type: 'object' },
    says: 'an object (1.0+)',
  },
  {
    id: 'rettsgebyr-fremtidig',
    pattern: '/kreverRettsgebyrErstattet/prioritetISakFremtidigRentekrav',
    versions: FROM_11,
    weight: 2,
    says: 'new in 1.1',
  },
  {
    id: 'kreverFritakRettsgebyr',
    pattern: '/kreverFritakRettsgebyr',
    versions: FROM_11,
    weight: 2,
    says: 'new in 1.1',
  },
  {
    id: 'postnummerUtland',
    pattern: '**/adresseFrittFormatUtland/postnummerUtland',
    versions: FROM_11,
    weight: 2,
    says: 'new in 1.1',
  },
  {
    id: 'forsendelsemaateType',
    pattern: '**/varsel/*/forsendelsemaateType',
    versions: FROM_11,
    weight: 2,
    says: 'new in 1.1',
  },
  {
    id: 'varsel-alternativ-kanal',
    pattern: '**/varsel/*/alternativElektroniskForsendelsesmaate',
    versions: FROM_20,
    weight: 2,
    says: 'new in 2.0',
  },
  {
    id: 'sjekkEllerVeksel',
    pattern: '**/saerligTvangsgrunnlag/sjekkEllerVeksel',
    versions: FROM_20,
    weight: 3,
    says: 'new in 2.0',
  },
  {
    id: 'tvangsgrunnlag-uten-ekstern-referanse',
    pattern: '/begjaeringensTvangsgrunnlag/*',
    versions: FROM_20,
    weight: 1,
    test: { lacks: 'eksternSaksreferanse' },
    says: 'no eksternSaksreferanse (required until 1.1)',
  },
  {
    id: 'kreverRenterAvRettsgebyr',
    pattern: '/kreverRettsgebyrErstattet/kreverRenterAvRettsgebyr',
    versions: V21,
    weight: 3,
    says: 'new in 2.1',
  },
  {
    id: 'varsel-med-type',
    pattern: '/begjaeringensTvangsgrunnlag/*/varsel/*/type',
    versions: UP_TO_20,
    weight: 1,
    says: 'deprecated in 2.1',
  },
  {
    id: 'saerlig-kreditor',
    pattern: '**/saerligTvangsgrunnlag/kreditor',
    versions: UP_TO_20,
    weight: 1,
    says: 'deprecated in 2.1',
  },
  {
    id: 'varsel-uten-type',
    pattern: '/begjaeringensTvangsgrunnlag/*/varsel/*',
    versions: V21,
    weight: 1,
    test: { lacks: 'type' },
    says: 'a varsel without type (required until 2.0)',
  },
  {
    id: 'identifikator-b',
    pattern: '**/landkodeIdentifikator',
    versions: V1X,
    weight: 1,
    says: 'identifier variant B (accepted from 1.0)',
  },
  {
    id: 'tvangsfullbyrdelsestype',
    pattern: '/tvangsfullbyrdelsestype',
    versions: [],
    weight: 3,
    test: { codeList: 'TvangsfullbyrdelsesType' },
    says: 'code value',
  },
  {
    id: 'varsel-type',
    pattern: '**/varsel/*/type',
    versions: [],
    weight: 1,
    test: { codeList: 'TvangskraftgrunnlagType' },
    says: 'code value',
  },
  {
    id: 'begrunnelseUnnlatVarsel',
    pattern: '/begjaeringensTvangsgrunnlag/*/begrunnelseUnnlatVarsel',
    versions: [],
    weight: 2,
    test: { codeList: 'BegrunnelseUnnlatVarselType' },
    says: 'code value',
  },
  {
    id: 'forsendelsesmaate-type',
    pattern: '**/forsendelsesmaate/forsendelsesmaate',
    versions: [],
    weight: 1,
    test: { codeList: 'ForsendelsesmåteType' },
    says: 'code value',
  },
  {
    id: 'varsel-forsendelsesmaate-type',
    pattern: '**/varsel/*/forsendelsemaateType',
    versions: [],
    weight: 1,
    test: { codeList: 'ForsendelsesmåteType' },
    says: 'code value',
  },
];
