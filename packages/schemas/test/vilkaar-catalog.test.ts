import { describe, expect, it } from 'vitest';
import {
  avvikstekstPlaceholders,
  findVilkaar,
  generalErrorCodes,
  MODEL_VERSIONS,
  parseAvvikstekst,
  vilkaarCatalog,
  vilkaarFor,
} from '../src/index.js';

const EMPTY_PUBLISHED_AVVIKSTEKST = [
  'ULOVLIG_ENDRING_BEGJAERINGSDATO',
  'ULOVLIG_ENDRING_INNSENDER',
  'ULOVLIG_ENDRING_UNDERSKRIFT',
];

const RECONSTRUCTED = [
  'ER_IKKE_HOVEDENHET',
  'INNBETALING_FRAM_I_TID',
  'KRAV_MANGLER_FORFALLSDATO',
  'KRAV_OPPGIS_UTEN_FORFALLSDATO',
  'RENTEKRAV_KAN_BARE_RELATERES_TIL_ETT_KRAV',
  'RENTEKRAV_KAN_IKKE_HA_RENTEOPPLYSNINGER',
  'RENTEKRAV_PERIODE_MAA_HA_GYLDIG_PERIODE',
  'RENTEKRAV_TILKNYTTET_IKKE_RENTEKRAV',
  'SAKSOEKT_ER_ENK',
  'SAKSOEKT_ER_IKKE_HOVEDENHET',
  'SAKSOEKT_MANGLER_I_REGISTERET',
  'SAKSOKER_ER_ENK',
  'ULOVLIG_ENDRING_SAKSOEKER',
  'ULOVLIG_ENDRING_SAKSOEKT',
];

/** Every placeholder name the templates use; a new one must be added here on purpose. */
const KNOWN_PLACEHOLDERS = new Set([
  'begjæringsdato',
  'innsenderReferanse',
  'innsender',
  'innsenderOrgnr',
  'påloggetOrgnr',
  'kravreferanse',
  'ukjentBosted',
  'prosessfullmektig',
  'saksøker',
  'saksøkt',
  'hovedkravRef',
  'relatertKravRef',
  'identifikator',
  'eksternSaksreferanse',
  'beløp',
  'kidnummer',
  'kontonummer',
  'rentesats',
  'tilstand',
  'filnavn',
  'betegnelse',
  'dato',
  'kravdetaljer',
  'startdato',
  'sluttdato',
]);

describe('vilkår catalog', () => {
  it('holds 73 unique codes in code-point order, as the published tables', () => {
    const codes = vilkaarCatalog.map((v) => v.kode);
    expect(codes).toHaveLength(73);
    expect(new Set(codes).size).toBe(73);
    expect(codes).toEqual([...codes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('keeps the non-ASCII letters of the published codes (NFC)', () => {
    const nonAscii = vilkaarCatalog.map((v) => v.kode).filter((kode) => /[^\x20-\x7e]/.test(kode));
    expect(nonAscii).toEqual([
      'PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER',
      'PRIORITET_MANGLER_PÅ_RETTSGEBYR',
      'RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV',
      'RELATERTE_KRAV_MÅ_FINNES',
      'SAKSØKTES_INNENLANDS_ADRESSE_UGYLDIG',
      'SAKSØKTES_UTENLANDS_ADRESSE_UGYLDIG',
      'UGYLDIG_VEDLEGG_TRANSPORTERKLÆRING',
    ]);
    for (const kode of nonAscii) expect(kode.normalize('NFC')).toBe(kode);
    expect(vilkaarCatalog.every((v) => /^[A-ZÆØÅ0-9_]+$/.test(v.kode))).toBe(true);
  });

  it('gives every code a title and a description, and an avvikstekst except where the table leaves it empty', () => {
    for (const v of vilkaarCatalog) {
      expect(v.tittel.trim(), v.kode).not.toBe('');
      expect(v.beskrivelse.trim(), v.kode).not.toBe('');
      if (EMPTY_PUBLISHED_AVVIKSTEKST.includes(v.kode)) expect(v.avvikstekst, v.kode).toBe('');
      else expect(v.avvikstekst.trim(), v.kode).not.toBe('');
    }
  });

  it('keeps the published texts exactly', () => {
    expect(findVilkaar('DUPLIKAT_INNSENDING')).toMatchObject({
      tittel: 'Duplikat',
      beskrivelse: 'Duplikat innsending',
      avvikstekst: 'Sak med begjæringsdato %begjæringsdato og referanse %innsenderReferanse er allerede sendt inn',
    });
    expect(findVilkaar('INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING')?.avvikstekst).toBe(
      'Innsenders organisasjonsnummer %innsenderOrgnr, som angitt i begjæringen, avviker fra pålogget virksomhet, %påloggetOrgnr',
    );
    expect(findVilkaar('UGYLDIG_VEDLEGG_TRANSPORTERKLÆRING')?.avvikstekst).toBe(
      'Vedlegg for transporterklæring med filnavn %filnavn må være av type transporterklæring',
    );
    expect(findVilkaar('MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG')).toMatchObject({
      avvikstekst: 'Prosessfullmektig %prosessfullmektig må oppgis med<br/>- inkassobyråets orgnummer',
      modellversjoner: ['0.9'],
      tekstkilde: 'publisert-eldre',
    });
    expect(findVilkaar('PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER')?.beskrivelse).toBe(
      'Må melde inn prioritet på renter som skal påløpe senere på alle kravlinjer som er rentebærende, når det er satt prioritet på minst et annet krav (ref. regel I7). Kravlinje for kravlinje.',
    );
  });

  it('marks exactly the 14 codes of the 2025 update as reconstructed, all of them from model 2.0', () => {
    const reconstructed = vilkaarCatalog.filter((v) => v.tekstkilde === 'rekonstruert').map((v) => v.kode);
    expect(reconstructed).toEqual(RECONSTRUCTED);
    for (const kode of RECONSTRUCTED) expect(findVilkaar(kode)?.modellversjoner).toEqual(['2.0', '2.1']);
  });

  it('uses only known placeholders, and every template parses back to itself', () => {
    for (const v of vilkaarCatalog) {
      for (const template of [v.avvikstekst, ...(v.avvikstekstVarianter ?? [])]) {
        const { navngitte } = avvikstekstPlaceholders(template);
        for (const name of navngitte) expect(KNOWN_PLACEHOLDERS.has(name), `${v.kode}: %${name}`).toBe(true);
        const rebuilt = parseAvvikstekst(template)
          .map((p) => (p.type === 'tekst' ? p.tekst : p.type === 'navngitt' ? `%${p.navn}` : '%s'))
          .join('');
        expect(rebuilt).toBe(template);
      }
    }
  });

  it('splits the "En av følgende" texts into their alternatives', () => {
    const withVariants = vilkaarCatalog.filter((v) => v.avvikstekstVarianter);
    expect(withVariants.map((v) => v.kode)).toEqual([
      'VEDLEGG_SKAL_IKKE_HA_FEILET',
      'VEDLEGG_SKAL_VAERE_TILGJENGELIG',
      'VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT',
    ]);
    for (const v of withVariants) {
      expect(v.avvikstekst.startsWith('En av følgende:')).toBe(true);
      for (const variant of v.avvikstekstVarianter ?? []) expect(v.avvikstekst).toContain(variant);
    }
    expect(findVilkaar('VEDLEGG_SKAL_VAERE_TILGJENGELIG')?.avvikstekstVarianter).toHaveLength(4);
    expect(avvikstekstPlaceholders("Vedlegg '%s' med id '%s' finnes ikke.").posisjonelle).toBe(2);
  });

  it('marks the "only for changes" codes and what context each code needs', () => {
    const changesOnly = vilkaarCatalog.filter((v) => v.gjelderKunEndringer).map((v) => v.kode);
    expect(changesOnly).toEqual([
      'UAVKLART_STATUS',
      'UGYLDIG_STATUS',
      'ULOVLIG_ENDRING_BEGJAERINGSDATO',
      'ULOVLIG_ENDRING_INNSENDER',
      'ULOVLIG_ENDRING_SAKSOEKER',
      'ULOVLIG_ENDRING_SAKSOEKT',
      'ULOVLIG_ENDRING_UNDERSKRIFT',
    ]);
    for (const v of vilkaarCatalog) {
      expect(v.krever?.includes('tidligereSak') ?? false, v.kode).toBe(v.gjelderKunEndringer);
      expect(v.gruppe === 'endring', v.kode).toBe(v.gjelderKunEndringer);
    }
    expect(findVilkaar('SAKSOEKT_GAMMELT_REGELVERK')?.krever).toEqual(['regelverk']);
    expect(findVilkaar('DUPLIKAT_INNSENDING')?.krever).toEqual(['tidligereInnsendinger']);
    expect(findVilkaar('INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING')?.krever).toEqual(['autentisering']);
    expect(findVilkaar('VEDLEGG_SKAL_HA_UUID')?.krever).toBeUndefined();
  });

  it('selects the codes of each model version from the §12 table', () => {
    expect(MODEL_VERSIONS.map((v) => vilkaarFor(v).length)).toEqual([50, 58, 58, 72, 72]);
    const v09 = vilkaarFor('0.9').map((v) => v.kode);
    expect(v09).toContain('MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG');
    expect(v09).not.toContain('SAKSOEKT_GAMMELT_REGELVERK');
    expect(v09).not.toContain('RENTE_MAA_HA_RELATERT_KRAV');
    expect(vilkaarFor('1.1').map((v) => v.kode)).toEqual(vilkaarFor('1.0').map((v) => v.kode));
    expect(vilkaarFor('2.0').map((v) => v.kode)).not.toContain('MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG');
    expect(vilkaarFor('2.0').map((v) => v.kode)).toContain('INNBETALING_FRAM_I_TID');
    for (const v of vilkaarCatalog) expect(v.modellversjoner.length, v.kode).toBeGreaterThan(0);
  });

  it('returns undefined for an unknown code', () => {
    expect(findVilkaar('FINNES_IKKE')).toBeUndefined();
  });
});

describe('general error codes', () => {
  it('holds KB-001…KB-009 with the published statuses and DAS-001…DAS-008 marked as reconstructed', () => {
    expect(generalErrorCodes.map((c) => c.kode)).toEqual([
      ...Array.from({ length: 9 }, (_, i) => `KB-00${i + 1}`),
      ...Array.from({ length: 8 }, (_, i) => `DAS-00${i + 1}`),
    ]);
    expect(generalErrorCodes.filter((c) => c.kode.startsWith('KB')).map((c) => c.httpStatus)).toEqual([
      500, 500, 404, 401, 403, 400, 404, 406, 404,
    ]);
    expect(
      generalErrorCodes.filter((c) => c.kode.startsWith('DAS')).every((c) => c.tekstkilde === 'rekonstruert'),
    ).toBe(true);
    expect(generalErrorCodes.filter((c) => c.kode.startsWith('KB')).every((c) => c.tekstkilde === 'publisert')).toBe(
      true,
    );
  });
});
