import { contextFromData } from '@elan-kit/fixtures';
import { type ModelVersion, resolvePointer } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { prov } from '../src/index.js';
import { example, register } from './support/examples.js';

type Json = Record<string, unknown>;

function findings(document: Json, modelVersion: ModelVersion): string[] {
  return prov(document, contextFromData({}, { modelVersion, document, register })).map((k) => {
    expect(resolvePointer(document, k.sti), k.sti).toBeDefined();
    return `${k.kode} ${k.sti}`;
  });
}

const krav = (doc: Json) => doc['kravTilInnkreving'] as Json[];
const at = (list: Json[], index: number) => list[index] as Json;

describe('the view reads old and new field names and every CONFLICT variant', () => {
  it('claim references: kravreferanse (0.9) and innsendersKravreferanse (1.0+)', () => {
    const doc = example('1.0', 'minimal');
    const first = at(krav(doc), 0);
    first['kravreferanse'] = first['innsendersKravreferanse'];
    delete first['innsendersKravreferanse'];
    krav(doc).push(structuredClone(first));
    expect(findings(doc, '1.0')).toEqual(['KRAV_DUPLIKATE_REFERANSER /kravTilInnkreving/1/kravreferanse']);
  });

  it('interest details: erRentekrav (0.9) and rentekrav (1.0+)', () => {
    for (const name of ['rentekrav', 'erRentekrav']) {
      const doc = example('2.0', 'complex');
      const interest = at(krav(doc), 1);
      const block = interest['rentekrav'] as Json;
      (block['rentePeriode'] as Json)['startdato'] = '2030-01-01';
      delete interest['rentekrav'];
      interest[name] = block;
      expect(findings(doc, '2.0')).toEqual([
        `RENTEKRAV_PERIODE_MAA_HA_GYLDIG_PERIODE /kravTilInnkreving/1/${name}/rentePeriode`,
      ]);
    }
  });

  it('norskKonto as an object holding the account (0.9 examples) or as a boolean next to kontoinformasjon', () => {
    const asObject = example('1.0', 'minimal');
    asObject['betalingsinformasjon'] = { norskKonto: { kontonummer: '76940512058' } };
    expect(findings(asObject, '1.0')).toEqual(['UGYLDIG_KONTONR /betalingsinformasjon/norskKonto/kontonummer']);
    const asBoolean = example('1.0', 'minimal');
    asBoolean['betalingsinformasjon'] = { norskKonto: true, kontoinformasjon: { kontonummer: '76940512058' } };
    expect(findings(asBoolean, '1.0')).toEqual(['UGYLDIG_KONTONR /betalingsinformasjon/kontoinformasjon/kontonummer']);
    const foreign = example('1.0', 'minimal');
    foreign['betalingsinformasjon'] = {
      norskKonto: false,
      kontoinformasjon: { kontonummer: '1', iban: 'GB82 WEST 1234 5698 7654 32' },
    };
    expect(findings(foreign, '1.0')).toEqual([]);
  });

  it('prioritetISak as a number or as text (every published example)', () => {
    for (const form of [(n: number) => n, (n: number) => String(n)]) {
      const doc = example('1.0', 'complex');
      krav(doc).forEach((k, i) => {
        k['prioritetISak'] = form(i + 1);
        if (k['rentebaerendeKrav']) (k['rentebaerendeKrav'] as Json)['prioritetISakFremtidigRentekrav'] = form(i + 1);
      });
      doc['kreverRettsgebyrErstattet'] = { kreverRettsgebyrErstattet: true, prioritetISak: form(99) };
      expect(findings(doc, '1.0')).toEqual([]);
      delete at(krav(doc), 2)['prioritetISak'];
      expect(findings(doc, '1.0')).toEqual(['PRIORITET_MANGLER /kravTilInnkreving/2']);
    }
  });

  it('adresseInnland with and without the adresseFrittFormatInnland wrapper', () => {
    const base = '/saksoeker/0/saksoeker/adresse/0/adresseInnland';
    for (const [adresseInnland, sti] of [
      [{ adresseFrittFormatInnland: { adressetekst: 'Storgata 1' } }, `${base}/adresseFrittFormatInnland`],
      [{ adressetekst: 'Storgata 1' }, base],
    ] as const) {
      const doc = example('1.0', 'minimal');
      const actor = (at(doc['saksoeker'] as Json[], 0)['saksoeker'] as Json) ?? {};
      actor['adresse'] = [{ adressetype: 'postadresse', adresseInnland }];
      expect(findings(doc, '1.0')).toEqual([`SAKSOEKERS_INNENLANDS_ADRESSE_UGYLDIG ${sti}`]);
    }
  });

  it('identifier variant A and variant B name the same party', () => {
    const doc = example('1.0', 'minimal');
    const saksoekt = doc['saksoekt'] as Json[];
    const copy = structuredClone(at(saksoekt, 0));
    const person = (copy['saksoekt'] as Json)['person'] as Json;
    const verdi = (person['identifikator'] as Json)['verdi'];
    person['identifikator'] = { taxIdentificationNumber: verdi, landkodeIdentifikator: 'NO' };
    saksoekt.push(copy);
    expect(findings(doc, '1.0')).toEqual([`DUPLIKAT_SAKSOEKT /saksoekt/${saksoekt.length - 1}`]);
  });

  it('the prosessfullmektig under its 0.9 name and its role-specific 1.0 name', () => {
    for (const [modelVersion, name] of [
      ['1.0', 'innsendersProsessfullmektig'],
      ['0.9', 'prosessfullmektig'],
    ] as const) {
      const doc = example(modelVersion, 'complex');
      const innsender = doc['innsender'] as Json;
      const holder = (innsender['innsendersProsessfullmektig'] ?? innsender['prosessfullmektig']) as Json;
      delete innsender['innsendersProsessfullmektig'];
      delete innsender['prosessfullmektig'];
      delete holder['bevillingshaver'];
      innsender[name] = holder;
      expect(findings(doc, modelVersion)).toEqual([`MANGLER_OPPLYSNINGER_BEVILLINGSHAVER /innsender/${name}`]);
    }
  });

  it('treats null as absent', () => {
    const doc = example('1.0', 'minimal');
    doc['innsender'] = null;
    expect(findings(doc, '1.0')).toEqual(['INNSENDER_MANGLER ']);
  });

  it('reads the 0.9 spelling of the combined tvangsfullbyrdelsestype', () => {
    const doc = example('0.9', 'complex');
    doc['tvangsfullbyrdelsestype'] = 'utleggOgForlliksklageKombinert';
    expect(findings(doc, '0.9').map((f) => f.split(' ')[0])).toEqual([
      'KAN_BEHANDLES_I_FORLIKSRAADET_PAAKREVET',
      'PAASTAND_PAAKREVET',
    ]);
  });
});
