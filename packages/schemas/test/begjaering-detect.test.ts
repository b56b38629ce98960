import { describe, expect, it } from 'vitest';
import { detectModelVersion, MODEL_VERSIONS } from '../src/index.js';
import { example, published, publishedFiles } from './begjaering-support.js';

describe('detectModelVersion', () => {
  it.each(MODEL_VERSIONS)('recognises the complex %s example', (version) => {
    const detection = detectModelVersion(example(version, 'complex'));
    expect(detection).toMatchObject({ modelVersion: version, alternatives: [version] });
    expect(detection.confidence).toBeGreaterThan(0.8);
  });

  it.each(publishedFiles)('detects %s as model 0.9 and says why', (file) => {
    const detection = detectModelVersion(published(file));
    expect(detection.modelVersion).toBe('0.9');
    expect(detection.confidence).toBeGreaterThan(0.8);
    expect(detection.evidence.join('\n')).toMatch(
      /`kravreferanse`.*model 0\.9 \(at \/kravTilInnkreving\/0\/kravreferanse/,
    );
    expect(detection.evidence.join('\n')).toMatch(/`saksoekerReferanse`/);
  });

  it('cannot tell 1.0, 1.1 and 2.0 apart on a minimal document, and says so', () => {
    const detection = detectModelVersion(example('2.0', 'minimal'));
    expect(detection.alternatives).toEqual(['1.0', '1.1', '2.0', '2.1']);
    expect(detection.modelVersion).toBe('1.0');
    expect(detection.confidence).toBeLessThan(0.5);
  });

  it('uses code values that only some versions have', () => {
    const detection = detectModelVersion({ tvangsfullbyrdelsestype: 'utleggOgForlliksklageKombinert' });
    expect(detection.modelVersion).toBe('0.9');
    expect(detection.evidence).toEqual([
      expect.stringContaining('`utleggOgForlliksklageKombinert` (TvangsfullbyrdelsesType) → model 0.9'),
    ]);
    const tvangsgrunnlag = { eksternSaksreferanse: 'TG-1', begrunnelseUnnlatVarsel: 'ingenMulighetForVarsling' };
    expect(detectModelVersion({ begjaeringensTvangsgrunnlag: [tvangsgrunnlag] }).alternatives).toEqual([
      '1.1',
      '2.0',
      '2.1',
    ]);
  });

  it('points to 1.1 or 2.0 for the fields those versions added', () => {
    // Conflicting evidence: the heavier marker wins, and the confidence shows the conflict.
    const mixed = detectModelVersion({ kreverFritakRettsgebyr: { begrunnelse: 'x' }, saksreferanse: 'x' });
    expect(mixed.alternatives).toEqual(['1.1', '2.0', '2.1']);
    expect(mixed.confidence).toBeLessThan(0.3);
    expect(detectModelVersion({ kreverFritakRettsgebyr: { begrunnelse: 'x' } }).modelVersion).toBe('1.1');
    expect(
      detectModelVersion({
        begjaeringensTvangsgrunnlag: [{ saerligTvangsgrunnlag: { sjekkEllerVeksel: { sjekk: true } } }],
      }).modelVersion,
    ).toBe('2.0');
  });

  it('falls back to the default version with confidence 0 when there is no evidence', () => {
    for (const input of [{}, null, 'tekst', [], 42]) {
      expect(detectModelVersion(input)).toEqual({
        modelVersion: '1.0',
        confidence: 0,
        evidence: [],
        alternatives: [...MODEL_VERSIONS],
      });
    }
  });
});
