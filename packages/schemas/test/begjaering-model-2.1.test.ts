import { describe, expect, it } from 'vitest';
import { detectModelVersion, pathVersionFor, validateBegjaering } from '../src/index.js';
import { example, setAt } from './begjaering-support.js';

const DEPRECATED_IN_2_0_COMPLEX = [
  '/begjaeringensTvangsgrunnlag/0/eksternSaksreferanse',
  '/begjaeringensTvangsgrunnlag/0/varsel/0/type',
];

describe('model 2.1', () => {
  it('is served under /v2 like 1.0–2.0', () => {
    expect(pathVersionFor('2.1')).toBe('v2');
  });

  it('accepts a 2.0 begjæring and warns about each element 2.1 deprecates, with its pointer', () => {
    const result = validateBegjaering(example('2.0', 'complex'), { modelVersion: '2.1' });
    expect(result.schemaErrors).toEqual([]);
    const deprecated = result.warnings.filter((warning) => warning.code === 'ELAN_DEPRECATED_FIELD');
    const pointers = deprecated.map((warning) => warning.pointer);
    for (const pointer of DEPRECATED_IN_2_0_COMPLEX) expect(pointers).toContain(pointer);
    expect(pointers.some((pointer) => pointer?.endsWith('/rentekrav'))).toBe(true);
    expect(pointers.some((pointer) => pointer?.endsWith('/saerligTvangsgrunnlag/skyldner'))).toBe(true);
    expect(deprecated[0]?.message).toMatch(/deprecated in model 2\.1 .*ELAN still accepts it/);
    expect(deprecated[0]?.message).toMatch(/names no replacement/);
  });

  it('makes the deprecated elements and virksomhetstype optional, which 2.0 requires', () => {
    const doc = example('2.1', 'complex');
    setAt(doc, ['saksoeker', 0, 'saksoeker', 'virksomhet', 'virksomhetstype'], undefined);
    expect(validateBegjaering(doc, { modelVersion: '2.1' }).schemaErrors).toEqual([]);
    expect(validateBegjaering(doc, { modelVersion: '2.0' }).schemaErrors.length).toBeGreaterThan(0);
  });

  it('knows kreverRenterAvRettsgebyr, which no earlier model has', () => {
    const doc = example('2.1', 'minimal');
    expect(doc['kreverRettsgebyrErstattet']).toMatchObject({ kreverRenterAvRettsgebyr: true });
    expect(validateBegjaering(doc, { modelVersion: '2.1' }).schemaErrors).toEqual([]);
    const as20 = validateBegjaering(doc, { modelVersion: '2.0' });
    expect(as20.schemaErrors.map((error) => error.params['additionalProperty'])).toContain('kreverRenterAvRettsgebyr');
    setAt(doc, ['kreverRettsgebyrErstattet', 'kreverRenterAvRettsgebyr'], 'ja');
    expect(validateBegjaering(doc, { modelVersion: '2.1' }).schemaErrors[0]?.instancePath).toBe(
      '/kreverRettsgebyrErstattet/kreverRenterAvRettsgebyr',
    );
  });

  it('is detected from kreverRenterAvRettsgebyr and from a varsel without type', () => {
    const detection = detectModelVersion(example('2.1', 'minimal'));
    expect(detection.modelVersion).toBe('2.1');
    expect(detection.evidence.join('\n')).toMatch(/kreverRenterAvRettsgebyr.*new in 2\.1/);
    expect(detectModelVersion(example('2.0', 'complex')).modelVersion).toBe('2.0');
  });
});
