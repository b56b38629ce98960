import type { VilkaarRule } from './define-vilkaar.js';
import duplikatInnsending from './vilkaar/duplikat-innsending.js';
import duplikatSaksoeker from './vilkaar/duplikat-saksoeker.js';
import duplikatSaksoekt from './vilkaar/duplikat-saksoekt.js';
import erIkkeHovedenhet from './vilkaar/er-ikke-hovedenhet.js';
import gebyrEllerSakskostnadHarEtRelatertkravSomIkkeErHovedstol from './vilkaar/gebyr-eller-sakskostnad-har-et-relatertkrav-som-ikke-er-hovedstol.js';
import hovedstolSkalIkkeHaEtRelatertKrav from './vilkaar/hovedstol-skal-ikke-ha-et-relatert-krav.js';
import innbetalingFramITid from './vilkaar/innbetaling-fram-i-tid.js';
import innsenderIkkeIdentifiserbar from './vilkaar/innsender-ikke-identifiserbar.js';
import innsenderIkkeOrganisasjon from './vilkaar/innsender-ikke-organisasjon.js';
import innsenderMangler from './vilkaar/innsender-mangler.js';
import innsenderSamsvarerIkkeMedAutentisering from './vilkaar/innsender-samsvarer-ikke-med-autentisering.js';
import kanBehandlesIForliksraadetPaakrevet from './vilkaar/kan-behandles-i-forliksraadet-paakrevet.js';
import kravDuplikateReferanser from './vilkaar/krav-duplikate-referanser.js';
import kravIFlereTvangsgrunnlag from './vilkaar/krav-i-flere-tvangsgrunnlag.js';
import kravIkkeBenyttet from './vilkaar/krav-ikke-benyttet.js';
import kravManglerForfallsdato from './vilkaar/krav-mangler-forfallsdato.js';
import kravOppgisUtenForfallsdato from './vilkaar/krav-oppgis-uten-forfallsdato.js';
import maksEnAdresseAvHverType from './vilkaar/maks-en-adresse-av-hver-type.js';
import mangelfulleKontoopplysninger from './vilkaar/mangelfulle-kontoopplysninger.js';
import manglerKrav from './vilkaar/mangler-krav.js';
import manglerOpplysningerBevillingshaver from './vilkaar/mangler-opplysninger-bevillingshaver.js';
import manglerOpplysningerOmSaksoeker from './vilkaar/mangler-opplysninger-om-saksoeker.js';
import manglerOpplysningerOmSaksoekt from './vilkaar/mangler-opplysninger-om-saksoekt.js';
import manglerOpplysningerProsessfullmektig from './vilkaar/mangler-opplysninger-prosessfullmektig.js';
import manglerOpplysningerProsessfullmektigPerson from './vilkaar/mangler-opplysninger-prosessfullmektig-person.js';
import paastandPaakrevet from './vilkaar/paastand-paakrevet.js';
import paragraf418VarselPaakrevet from './vilkaar/paragraf-4-18-varsel-paakrevet.js';
import paragraf419VarselPaakrevet from './vilkaar/paragraf-4-19-varsel-paakrevet.js';
import prioritetMangler from './vilkaar/prioritet-mangler.js';
import prioritetManglerPaaRenteopplysninger from './vilkaar/prioritet-mangler-paa-renteopplysninger.js';
import prioritetManglerPaaRettsgebyr from './vilkaar/prioritet-mangler-paa-rettsgebyr.js';
import relaterteKravKanIkkePekePaaSegSelv from './vilkaar/relaterte-krav-kan-ikke-peke-paa-seg-selv.js';
import relaterteKravMaaFinnes from './vilkaar/relaterte-krav-maa-finnes.js';
import relaterteKravUgyldigeKravreferanser from './vilkaar/relaterte-krav-ugyldige-kravreferanser.js';
import renteMaaHaRelatertKrav from './vilkaar/rente-maa-ha-relatert-krav.js';
import rentekravKanBareRelateresTilEttKrav from './vilkaar/rentekrav-kan-bare-relateres-til-ett-krav.js';
import rentekravKanIkkeHaRentekrav from './vilkaar/rentekrav-kan-ikke-ha-rentekrav.js';
import rentekravKanIkkeHaRenteopplysninger from './vilkaar/rentekrav-kan-ikke-ha-renteopplysninger.js';
import rentekravPeriodeMaaHaGyldigPeriode from './vilkaar/rentekrav-periode-maa-ha-gyldig-periode.js';
import rentekravTilknyttetIkkeRentekrav from './vilkaar/rentekrav-tilknyttet-ikke-rentekrav.js';
import saksoekersInnenlandsAdresseUgyldig from './vilkaar/saksoekers-innenlands-adresse-ugyldig.js';
import saksoekersUtenlandsAdresseUgyldig from './vilkaar/saksoekers-utenlands-adresse-ugyldig.js';
import saksoektErEnk from './vilkaar/saksoekt-er-enk.js';
import saksoektErIkkeHovedenhet from './vilkaar/saksoekt-er-ikke-hovedenhet.js';
import saksoektGammeltRegelverk from './vilkaar/saksoekt-gammelt-regelverk.js';
import saksoektManglerIRegisteret from './vilkaar/saksoekt-mangler-i-registeret.js';
import saksoektesInnenlandsAdresseUgyldig from './vilkaar/saksoektes-innenlands-adresse-ugyldig.js';
import saksoektesUtenlandsAdresseUgyldig from './vilkaar/saksoektes-utenlands-adresse-ugyldig.js';
import saksokerErEnk from './vilkaar/saksoker-er-enk.js';
import sammeSaksoektSomSaksoeker from './vilkaar/samme-saksoekt-som-saksoeker.js';
import tvangsgrunnlagUgyldigeKravreferanser from './vilkaar/tvangsgrunnlag-ugyldige-kravreferanser.js';
import uavklartStatus from './vilkaar/uavklart-status.js';
import ugyldigBeloep from './vilkaar/ugyldig-beloep.js';
import ugyldigKid from './vilkaar/ugyldig-kid.js';
import ugyldigKontonr from './vilkaar/ugyldig-kontonr.js';
import ugyldigOrgnrProsessfullmektig from './vilkaar/ugyldig-orgnr-prosessfullmektig.js';
import ugyldigRente from './vilkaar/ugyldig-rente.js';
import ugyldigStatus from './vilkaar/ugyldig-status.js';
import ugyldigVedleggBetalingsoppfordring from './vilkaar/ugyldig-vedlegg-betalingsoppfordring.js';
import ugyldigVedleggFullmakt from './vilkaar/ugyldig-vedlegg-fullmakt.js';
import ugyldigVedleggTransporterklaering from './vilkaar/ugyldig-vedlegg-transporterklaering.js';
import ugyldigVedleggTvangsgrunnlag from './vilkaar/ugyldig-vedlegg-tvangsgrunnlag.js';
import ugyldigVedleggTvangskraftgrunnlag from './vilkaar/ugyldig-vedlegg-tvangskraftgrunnlag.js';
import ulovligEndringBegjaeringsdato from './vilkaar/ulovlig-endring-begjaeringsdato.js';
import ulovligEndringInnsender from './vilkaar/ulovlig-endring-innsender.js';
import ulovligEndringSaksoeker from './vilkaar/ulovlig-endring-saksoeker.js';
import ulovligEndringSaksoekt from './vilkaar/ulovlig-endring-saksoekt.js';
import ulovligEndringUnderskrift from './vilkaar/ulovlig-endring-underskrift.js';
import vedleggSkalHaReferanseTilBegjaeringen from './vilkaar/vedlegg-skal-ha-referanse-til-begjaeringen.js';
import vedleggSkalHaUuid from './vilkaar/vedlegg-skal-ha-uuid.js';
import vedleggSkalIkkeHaFeilet from './vilkaar/vedlegg-skal-ikke-ha-feilet.js';
import vedleggSkalVaereTilgjengelig from './vilkaar/vedlegg-skal-vaere-tilgjengelig.js';
import vedleggSkalVaereVirussjekketValidertOgKonvertert from './vilkaar/vedlegg-skal-vaere-virussjekket-validert-og-konvertert.js';

/** The rule of every vilkår in the catalog, one module per code (`src/vilkaar/<code>.ts`). */
export const vilkaarRules: readonly VilkaarRule[] = [
  duplikatInnsending,
  duplikatSaksoeker,
  duplikatSaksoekt,
  erIkkeHovedenhet,
  gebyrEllerSakskostnadHarEtRelatertkravSomIkkeErHovedstol,
  hovedstolSkalIkkeHaEtRelatertKrav,
  innbetalingFramITid,
  innsenderIkkeIdentifiserbar,
  innsenderIkkeOrganisasjon,
  innsenderMangler,
  innsenderSamsvarerIkkeMedAutentisering,
  kanBehandlesIForliksraadetPaakrevet,
  kravDuplikateReferanser,
  kravIFlereTvangsgrunnlag,
  kravIkkeBenyttet,
  kravManglerForfallsdato,
  kravOppgisUtenForfallsdato,
  maksEnAdresseAvHverType,
  mangelfulleKontoopplysninger,
  manglerKrav,
  manglerOpplysningerBevillingshaver,
  manglerOpplysningerOmSaksoeker,
  manglerOpplysningerOmSaksoekt,
  manglerOpplysningerProsessfullmektigPerson,
  manglerOpplysningerProsessfullmektig,
  paastandPaakrevet,
  paragraf418VarselPaakrevet,
  paragraf419VarselPaakrevet,
  prioritetManglerPaaRenteopplysninger,
  prioritetManglerPaaRettsgebyr,
  prioritetMangler,
  relaterteKravKanIkkePekePaaSegSelv,
  relaterteKravMaaFinnes,
  relaterteKravUgyldigeKravreferanser,
  renteMaaHaRelatertKrav,
  rentekravKanBareRelateresTilEttKrav,
  rentekravKanIkkeHaRentekrav,
  rentekravKanIkkeHaRenteopplysninger,
  rentekravPeriodeMaaHaGyldigPeriode,
  rentekravTilknyttetIkkeRentekrav,
  saksoekersInnenlandsAdresseUgyldig,
  saksoekersUtenlandsAdresseUgyldig,
  saksoektErEnk,
  saksoektErIkkeHovedenhet,
  saksoektGammeltRegelverk,
  saksoektManglerIRegisteret,
  saksoektesInnenlandsAdresseUgyldig,
  saksoektesUtenlandsAdresseUgyldig,
  saksokerErEnk,
  sammeSaksoektSomSaksoeker,
  tvangsgrunnlagUgyldigeKravreferanser,
  uavklartStatus,
  ugyldigBeloep,
  ugyldigKid,
  ugyldigKontonr,
  ugyldigOrgnrProsessfullmektig,
  ugyldigRente,
  ugyldigStatus,
  ugyldigVedleggBetalingsoppfordring,
  ugyldigVedleggFullmakt,
  ugyldigVedleggTransporterklaering,
  ugyldigVedleggTvangsgrunnlag,
  ugyldigVedleggTvangskraftgrunnlag,
  ulovligEndringBegjaeringsdato,
  ulovligEndringInnsender,
  ulovligEndringSaksoeker,
  ulovligEndringSaksoekt,
  ulovligEndringUnderskrift,
  vedleggSkalHaReferanseTilBegjaeringen,
  vedleggSkalHaUuid,
  vedleggSkalIkkeHaFeilet,
  vedleggSkalVaereTilgjengelig,
  vedleggSkalVaereVirussjekketValidertOgKonvertert,
];
