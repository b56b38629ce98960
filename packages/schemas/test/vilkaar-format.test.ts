import { describe, expect, it } from 'vitest';
import { avvikstekstPlaceholders, findVilkaar, formatAvvikstekst, parseAvvikstekst } from '../src/index.js';

describe('avvikstekst templates', () => {
  it('fills named placeholders, also those with æøå', () => {
    const template = findVilkaar('DUPLIKAT_INNSENDING')?.avvikstekst ?? '';
    expect(formatAvvikstekst(template, { begjæringsdato: '2026-01-05', innsenderReferanse: 'REF-1' })).toBe(
      'Sak med begjæringsdato 2026-01-05 og referanse REF-1 er allerede sendt inn',
    );
  });

  it('fills %s in order and does not take %saksøker for %s', () => {
    expect(formatAvvikstekst("Vedlegg '%s' med id '%s' finnes ikke.", {}, ['a.pdf', 'u-1'])).toBe(
      "Vedlegg 'a.pdf' med id 'u-1' finnes ikke.",
    );
    expect(parseAvvikstekst('Saksøker %saksøker sin adresse')).toEqual([
      { type: 'tekst', tekst: 'Saksøker ' },
      { type: 'navngitt', navn: 'saksøker' },
      { type: 'tekst', tekst: ' sin adresse' },
    ]);
    expect(avvikstekstPlaceholders("'%s' og '%s', %s.")).toEqual({ navngitte: [], posisjonelle: 3 });
  });

  it('turns <br/> into line breaks', () => {
    const template = findVilkaar('MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG_PERSON')?.avvikstekst ?? '';
    expect(formatAvvikstekst(template, { prosessfullmektig: 'Ola Nordmann' })).toBe(
      'Prosessfullmektig Ola Nordmann må oppgis med\n- Fullt navn \n- Adresse',
    );
  });

  it('leaves a placeholder without a value as written, and a lone % as text', () => {
    expect(formatAvvikstekst('Beløp %beløp er 100 % feil', {})).toBe('Beløp %beløp er 100 % feil');
    expect(formatAvvikstekst('%s og %s', {}, ['en'])).toBe('en og %s');
    expect(formatAvvikstekst('Rente %rentesats', { rentesats: 1.234 })).toBe('Rente 1.234');
  });

  it('ignores inherited properties of the values object', () => {
    expect(formatAvvikstekst('%constructor', {})).toBe('%constructor');
  });
});
