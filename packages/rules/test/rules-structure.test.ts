import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contextFromData, vectorsFor } from '@elan-kit/fixtures';
import { findVilkaar, vilkaarCatalog } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { defineVilkaar, findRule, prov, RulesError, ruleAssumptions, vilkaarRules } from '../src/index.js';
import { example, register } from './support/examples.js';

const RULE_DIR = fileURLToPath(new URL('../src/vilkaar/', import.meta.url));

function fileNameOf(kode: string): string {
  const ascii = kode.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
  return `${ascii.replace(/_/g, '-')}.ts`;
}

describe('one rule per vilkår', () => {
  it('has exactly one rule for every catalog code, in catalog order', () => {
    expect(vilkaarRules.map((rule) => rule.kode).sort()).toEqual(vilkaarCatalog.map((v) => v.kode).sort());
    for (const vilkaar of vilkaarCatalog) expect(findRule(vilkaar.kode)?.vilkaar).toBe(vilkaar);
  });

  it('keeps each rule in a file named after its code', () => {
    expect(readdirSync(RULE_DIR).sort()).toEqual(vilkaarCatalog.map((v) => fileNameOf(v.kode)).sort());
  });

  it('refuses to define a rule for a code the catalog does not know', () => {
    expect(() => defineVilkaar({ kode: 'FINNES_IKKE', run: () => [] })).toThrow(RulesError);
  });

  it('names only catalog codes in its assumptions', () => {
    for (const assumption of ruleAssumptions) {
      for (const kode of assumption.vilkaar) expect(findVilkaar(kode), `${assumption.id}: ${kode}`).toBeDefined();
      expect(assumption.assumption.length).toBeGreaterThan(20);
    }
    expect(new Set(ruleAssumptions.map((a) => a.id)).size).toBe(ruleAssumptions.length);
  });
});

describe('kontrollutslag texts', () => {
  it('fills the avvikstekst with the values of the document', () => {
    const document = example('1.0', 'minimal');
    const krav = (document['kravTilInnkreving'] as Array<Record<string, unknown>>)[0] as Record<string, unknown>;
    krav['opprinneligBeloep'] = { beloep: 12.345, valuta: 'NOK' };
    const [utslag] = prov(document, contextFromData({}, { modelVersion: '1.0', document, register }));
    expect(utslag).toEqual({
      kode: 'UGYLDIG_BELOEP',
      melding: 'Beløp 12.345 er ugyldig. Beløp kan ha maks to desimaler og ikke være negativt',
      beskrivelse: 'Beløp har rett format',
      sti: '/kravTilInnkreving/0/opprinneligBeloep/beloep',
    });
  });

  it('uses the title where the published avvikstekst is empty', () => {
    const [vector] = vectorsFor('ULOVLIG_ENDRING_UNDERSKRIFT');
    const base = example('1.0', 'minimal');
    const document = vector?.mutate(base) ?? {};
    const context = contextFromData(vector?.context ?? {}, {
      modelVersion: '1.0',
      document,
      baseDocument: base,
      register,
    });
    expect(prov(document, context)).toEqual([
      {
        kode: 'ULOVLIG_ENDRING_UNDERSKRIFT',
        melding: 'Det er ikke tillatt å endre underskrift',
        beskrivelse: 'Ulovlig endring',
        sti: '/underskrift',
      },
    ]);
  });

  it('picks the published alternative that fits the attachment state', () => {
    const meldinger = vectorsFor('VEDLEGG_SKAL_VAERE_TILGJENGELIG').map((vector) => {
      const base = example('1.0', 'minimal');
      const document = vector.mutate(base);
      const context = contextFromData(vector.context ?? {}, { modelVersion: '1.0', document, register });
      return prov(document, context)[0]?.melding;
    });
    expect(meldinger).toEqual([
      "Vedlegg 'bilag.pdf' er slettet.",
      "Vedlegg 'bilag.pdf' med id 'e1a0c0de-0000-4000-8000-000000000301' finnes ikke.",
      "Vedlegg 'bilag.pdf' er kassert.",
      "Vedlegg 'bilag.pdf' inneholder virus.",
    ]);
  });
});
