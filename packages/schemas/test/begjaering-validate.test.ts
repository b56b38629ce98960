import { describe, expect, it } from 'vitest';
import {
  isSchemaPackageError,
  loadContract,
  MODEL_VERSIONS,
  type ModelVersion,
  validateBegjaering,
} from '../src/index.js';
import { example, published, publishedFiles, setAt } from './begjaering-support.js';

describe('validateBegjaering on the canonical examples', () => {
  it.each(MODEL_VERSIONS.flatMap((version) => [[version, 'minimal'] as const, [version, 'complex'] as const]))(
    '%s %s is valid without warnings, strict and tolerant',
    (version, name) => {
      for (const tolerant of [false, true]) {
        const result = validateBegjaering(example(version, name), { modelVersion: version, tolerant });
        expect(result).toEqual({ modelVersion: version, schemaErrors: [], warnings: [] });
      }
    },
  );

  it('detects the version in auto mode and reports the detection', () => {
    const result = validateBegjaering(example('1.1', 'complex'));
    expect(result.modelVersion).toBe('1.1');
    expect(result.detection).toMatchObject({ modelVersion: '1.1' });
    expect(result.schemaErrors).toEqual([]);
  });

  it('throws ELAN_MODEL_VERSION_UNKNOWN for an unknown version', () => {
    try {
      validateBegjaering({}, { modelVersion: '3.0' as ModelVersion });
      expect.unreachable();
    } catch (error) {
      expect(isSchemaPackageError(error) && error.code).toBe('ELAN_MODEL_VERSION_UNKNOWN');
    }
  });

  it('does not crash on input that is not an object', () => {
    for (const input of [null, 'tekst', [], 7]) {
      const result = validateBegjaering(input, { modelVersion: '1.0', tolerant: true });
      expect(result.schemaErrors).toEqual([expect.objectContaining({ instancePath: '', keyword: 'type' })]);
    }
    expect(validateBegjaering(undefined, { modelVersion: '1.0' }).schemaErrors).toEqual([
      expect.objectContaining({ instancePath: '', keyword: 'required' }),
    ]);
  });
});

describe.each(publishedFiles)('the published reconstruction %s', (file) => {
  it('validates as model 0.9 in tolerant mode, with warnings where it deviates', () => {
    const result = validateBegjaering(published(file), { modelVersion: '0.9', tolerant: true });
    expect(result.schemaErrors).toEqual([]);
    const codes = new Set(result.warnings.map((warning) => warning.code));
    expect(codes).toContain('ELAN_DEVIATING_VARIANT');
    expect(result.warnings.map((warning) => warning.pointer)).toContain('/betalingsinformasjon/norskKonto');
    expect(result.warnings.map((warning) => warning.pointer)).toContain('/kravTilInnkreving/0/prioritetISak');
    expect(codes).not.toContain('ELAN_UNKNOWN_FIELD');
  });

  it('is valid for model 0.9 in strict mode too (the schema accepts the published variants)', () => {
    expect(validateBegjaering(published(file), { modelVersion: '0.9' }).schemaErrors).toEqual([]);
  });

  it('is detected as 0.9 in auto mode', () => {
    const result = validateBegjaering(published(file), { tolerant: true });
    expect(result).toMatchObject({ modelVersion: '0.9', schemaErrors: [] });
    expect(result.detection?.evidence.length).toBeGreaterThan(3);
  });

  it('explains, when validated as 1.0, that it is a 0.9 document', () => {
    const strict = validateBegjaering(published(file), { modelVersion: '1.0' });
    expect(strict.warnings[0]).toMatchObject({ code: 'ELAN_MODEL_VERSION_MISMATCH', pointer: '' });
    expect(strict.warnings[0]?.message).toMatch(/looks like a model 0\.9 begjæring, not 1\.0/);
    const legacyError = strict.schemaErrors.find(
      (error) =>
        error.instancePath === '/kravTilInnkreving/0' && error.params['additionalProperty'] === 'kravreferanse',
    );
    expect(legacyError?.message).toMatch(
      /`kravreferanse` \(Krav\) is the name in model 0\.9.*model 1\.0 expects `innsendersKravreferanse`/,
    );
    expect(legacyError?.params).toMatchObject({ expected: ['innsendersKravreferanse'] });
    const missing = strict.schemaErrors.find((error) => error.params['missingProperty'] === 'innsendersKravreferanse');
    expect(missing?.message).toMatch(/the document has `kravreferanse`/);

    const tolerant = validateBegjaering(published(file), { modelVersion: '1.0', tolerant: true });
    expect(tolerant.schemaErrors.filter((error) => error.keyword === 'additionalProperties')).toEqual([]);
    expect(
      tolerant.schemaErrors.filter((error) => error.params['missingProperty'] === 'innsendersKravreferanse'),
    ).toEqual([]);
    expect(tolerant.warnings).toContainEqual(
      expect.objectContaining({ code: 'ELAN_LEGACY_FIELD', pointer: '/kravTilInnkreving/0/kravreferanse' }),
    );
    expect(tolerant.warnings).toContainEqual(
      expect.objectContaining({
        code: 'ELAN_LEGACY_FIELD',
        pointer: '/innsender/prosessfullmektig/bevillingshaver/inkassobevillingshaverNummer',
      }),
    );
    expect(tolerant.warnings).toContainEqual(expect.objectContaining({ code: 'ELAN_MODEL_VERSION_MISMATCH' }));
  });
});

describe('tolerant mode', () => {
  it('turns a legacy name into a warning and satisfies the required field with it', () => {
    const doc = example('1.0', 'minimal');
    const krav = (doc['kravTilInnkreving'] as Record<string, unknown>[])[0]!;
    krav['kravreferanse'] = krav['innsendersKravreferanse'];
    delete krav['innsendersKravreferanse'];

    const strict = validateBegjaering(doc, { modelVersion: '1.0' });
    expect(strict.schemaErrors.map((error) => error.keyword).sort()).toEqual(['additionalProperties', 'required']);

    const tolerant = validateBegjaering(doc, { modelVersion: '1.0', tolerant: true });
    expect(tolerant.schemaErrors).toEqual([]);
    expect(tolerant.warnings).toEqual([
      {
        code: 'ELAN_LEGACY_FIELD',
        message: expect.stringMatching(
          /is the name in model 0\.9 and the 2024 model \(V0-24\); model 1\.0 expects `innsendersKravreferanse`/,
        ),
        pointer: '/kravTilInnkreving/0/kravreferanse',
      },
    ]);
  });

  it('reports errors inside a renamed field with the pointer of the document as sent', () => {
    const doc = example('1.0', 'complex');
    const innsender = doc['innsender'] as Record<string, unknown>;
    innsender['prosessfullmektig'] = innsender['innsendersProsessfullmektig'];
    delete innsender['innsendersProsessfullmektig'];
    setAt(doc, ['innsender', 'prosessfullmektig', 'bevillingshaver', 'navn', 'fornavn'], 42);
    const result = validateBegjaering(doc, { modelVersion: '1.0', tolerant: true });
    expect(result.schemaErrors).toEqual([
      expect.objectContaining({
        instancePath: '/innsender/prosessfullmektig/bevillingshaver/navn/fornavn',
        keyword: 'type',
      }),
    ]);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'ELAN_LEGACY_FIELD', pointer: '/innsender/prosessfullmektig' }),
    ]);
  });

  it('removes a field of a later version and says which versions have it', () => {
    const doc = example('1.0', 'complex');
    setAt(doc, ['kreverFritakRettsgebyr'], { begrunnelse: 'Saksøker er fritatt' });
    const result = validateBegjaering(doc, { modelVersion: '1.0', tolerant: true });
    expect(result.schemaErrors).toEqual([]);
    expect(result.warnings).toEqual([
      {
        code: 'ELAN_LEGACY_FIELD',
        message:
          '`kreverFritakRettsgebyr` (Utleggsbegjaering) belongs to models 1.1, 2.0 and 2.1; model 1.0 does not have it',
        pointer: '/kreverFritakRettsgebyr',
      },
    ]);
  });

  it('turns an unknown field into ELAN_UNKNOWN_FIELD with a suggestion; strict mode keeps it an error', () => {
    const doc = example('2.0', 'minimal');
    setAt(doc, ['kravTilInnkreving', 0, 'kravbeskrivelsen'], 'Faktura');
    const tolerant = validateBegjaering(doc, { modelVersion: '2.0', tolerant: true });
    expect(tolerant.schemaErrors).toEqual([]);
    expect(tolerant.warnings).toEqual([
      {
        code: 'ELAN_UNKNOWN_FIELD',
        message: '`kravbeskrivelsen` is not a field of Krav in any model version (did you mean `kravbeskrivelse`?)',
        pointer: '/kravTilInnkreving/0/kravbeskrivelsen',
      },
    ]);
    const strict = validateBegjaering(doc, { modelVersion: '2.0' });
    expect(strict.schemaErrors).toEqual([
      expect.objectContaining({
        instancePath: '/kravTilInnkreving/0',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'kravbeskrivelsen', suggestion: 'kravbeskrivelse' },
      }),
    ]);
  });

  it('keeps structural errors that have nothing to do with names', () => {
    const doc = example('1.0', 'complex');
    setAt(doc, ['kravTilInnkreving', 3, 'betalingsoppfordring', 0, 'betalingsfrist'], '14.06.2025');
    const result = validateBegjaering(doc, { modelVersion: '1.0', tolerant: true });
    expect(result.schemaErrors).toEqual([
      expect.objectContaining({
        instancePath: '/kravTilInnkreving/3/betalingsoppfordring/0/betalingsfrist',
        keyword: 'format',
      }),
    ]);
  });

  it('explains a code value of another model version', () => {
    const doc = example('1.0', 'minimal');
    doc['tvangsfullbyrdelsestype'] = 'utleggOgForlliksklageKombinert';
    const result = validateBegjaering(doc, { modelVersion: '1.0', tolerant: true });
    expect(result.schemaErrors).toEqual([
      expect.objectContaining({ instancePath: '/tvangsfullbyrdelsestype', keyword: 'enum' }),
    ]);
    expect(result.warnings).toContainEqual({
      code: 'ELAN_LEGACY_VALUE',
      message: expect.stringMatching(
        /TvangsfullbyrdelsesType value of model 0\.9; model 1\.0 accepts `utlegg`, `utleggOgForliksklageKombinert`/,
      ),
      pointer: '/tvangsfullbyrdelsestype',
    });
  });
});

describe('warnings for accepted deviations', () => {
  it('flags paalydendeBeloep in 1.1 as a legacy field that is accepted', () => {
    const doc = example('1.1', 'complex');
    setAt(doc, ['begjaeringensTvangsgrunnlag', 0, 'saerligTvangsgrunnlag', 'paalydendeBeloep'], 10000);
    const result = validateBegjaering(doc, { modelVersion: '1.1' });
    expect(result.schemaErrors).toEqual([]);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'ELAN_LEGACY_FIELD',
        pointer: '/begjaeringensTvangsgrunnlag/0/saerligTvangsgrunnlag/paalydendeBeloep',
        message: expect.stringMatching(/model 1\.1 does not have it.*Skatteetaten ignores the field/),
      }),
    ]);
  });

  it('words a legacy-field warning once, in one language (the 2024 berOmInnkallingTilMoete in a 0.9 document)', () => {
    const doc = published('ad-0.9-begjaering-v0-enkel.json');
    setAt(doc, ['berOmInnkallingTilMoete'], false);
    const result = validateBegjaering(doc, { modelVersion: '0.9' });
    expect(result.schemaErrors).toEqual([]);
    const warning = result.warnings.find((candidate) => candidate.pointer === '/berOmInnkallingTilMoete');
    expect(warning?.code).toBe('ELAN_LEGACY_FIELD');
    expect(warning?.message).toMatch(/model 0\.9 expects `berOmInnkallingTilMoeteMedBegrunnelse`/);
    expect(warning?.message).not.toMatch(/accepted, but|navnet fra|det gamle feltet|bruker/);
  });

  it('notes the municipality forms, a lower-case currency and a boolean rettsgebyr in a 1.0 begjæring', () => {
    const doc = example('1.0', 'complex');
    setAt(doc, ['innsender', 'innsender', 'virksomhet', 'identifikator'], {
      taxIdentificationNumber: '312345676',
      annenOffisiellIdentifikator: null,
      landkodeIdentifikator: 'NO',
    });
    setAt(doc, ['innsender', 'innsender', 'adresse', 0, 'adresseInnland'], {
      adressetekst: 'Testveien 1',
      postnummer: '0150',
      poststedsnavn: 'OSLO',
    });
    setAt(doc, ['kravTilInnkreving', 0, 'opprinneligBeloep', 'valuta'], 'nok');
    setAt(doc, ['kreverRettsgebyrErstattet'], true);
    const result = validateBegjaering(doc, { modelVersion: '1.0' });
    expect(result.schemaErrors).toEqual([]);
    expect(result.warnings.map((warning) => `${warning.code} ${warning.pointer}`).sort()).toEqual([
      'ELAN_DEVIATING_VARIANT /innsender/innsender/adresse/0/adresseInnland/adressetekst',
      'ELAN_DEVIATING_VARIANT /innsender/innsender/virksomhet/identifikator',
      'ELAN_DEVIATING_VARIANT /kravTilInnkreving/0/opprinneligBeloep/valuta',
      'ELAN_DEVIATING_VARIANT /kreverRettsgebyrErstattet',
    ]);
    // A currency in neither case is still a schema error.
    setAt(doc, ['kravTilInnkreving', 0, 'opprinneligBeloep', 'valuta'], 'Nok');
    expect(validateBegjaering(doc, { modelVersion: '1.0' }).schemaErrors).not.toEqual([]);
  });

  it('reports the chosen union branch, not the branch the value does not take', () => {
    const doc = example('1.0', 'complex');
    setAt(doc, ['saksoeker', 0, 'saksoeker', 'virksomhet', 'identifikator', 'verdi'], 310987654);
    const result = validateBegjaering(doc, { modelVersion: '1.0' });
    const pointers = result.schemaErrors.map((error) => `${error.instancePath} ${error.keyword}`);
    expect(pointers).toContain('/saksoeker/0/saksoeker/virksomhet/identifikator/verdi type');
    expect(pointers.filter((pointer) => pointer.endsWith('additionalProperties'))).toEqual([]);
  });

  it('uses a contract passed in instead of the bundled one', () => {
    const contract = loadContract('utleggsbegjaering', '2.0');
    const result = validateBegjaering(example('2.0', 'complex'), { modelVersion: '2.0', contract });
    expect(result.schemaErrors).toEqual([]);
  });
});
