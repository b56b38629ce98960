import { contextFromData, createPartyRegister, fixtureSet } from '@elan-kit/fixtures';
import type { ModelVersion } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { prov } from '../src/index.js';

type Json = Record<string, unknown>;

const TODAY = '2026-03-02';

function complexFixture(modelVersion: ModelVersion): Json {
  const fixture = fixtureSet(modelVersion, 1, { today: TODAY }).fixtures.find((entry) => entry.name === 'complex');
  if (!fixture) throw new Error('no complex fixture');
  return structuredClone(fixture.payload) as Json;
}

function judgmentOf(doc: Json): Json {
  const grunnlag = (doc['begjaeringensTvangsgrunnlag'] as Json[]).find((entry) => entry['alminneligTvangsgrunnlag']);
  if (!grunnlag) throw new Error('no judgment');
  return grunnlag;
}

function codes(doc: Json, modelVersion: ModelVersion): string[] {
  const context = contextFromData(
    { today: TODAY },
    { modelVersion, document: doc, register: createPartyRegister({ seed: 1 }) },
  );
  return prov(doc, context).map((utslag) => utslag.kode);
}

describe('PARAGRAF_4_19_VARSEL_PAAKREVET for an alminnelig tvangsgrunnlag', () => {
  it.each(['0.9', '1.0', '2.0', '2.1'] as const)(
    'model %s: the complex fixture sends a § 4-19 varsel for its judgment more than a year past the oppfyllelsesfrist',
    (modelVersion) => {
      const doc = complexFixture(modelVersion);
      const judgment = judgmentOf(doc);
      const frist = ((judgment['alminneligTvangsgrunnlag'] as Json)['domsslutningInformasjon'] as Json[])[0]?.[
        'oppfyllelsesfrist'
      ];
      expect(typeof frist === 'string' && frist < '2025-03-02').toBe(true);
      expect(judgment['varsel']).toHaveLength(1);
      expect(codes(doc, modelVersion)).toEqual([]);
    },
  );

  it.each(['1.0', '2.1'] as const)('model %s: the same judgment without the varsel is refused', (modelVersion) => {
    const doc = complexFixture(modelVersion);
    delete judgmentOf(doc)['varsel'];
    expect(codes(doc, modelVersion)).toEqual(['PARAGRAF_4_19_VARSEL_PAAKREVET']);
  });

  it('a reason for omitting the varsel is accepted, and a judgment less than a year old needs none', () => {
    const doc = complexFixture('1.0');
    const judgment = judgmentOf(doc);
    delete judgment['varsel'];
    judgment['begrunnelseUnnlatVarsel'] = 'ingenMulighetForVarsling';
    expect(codes(doc, '1.0')).not.toContain('PARAGRAF_4_19_VARSEL_PAAKREVET');
    delete judgment['begrunnelseUnnlatVarsel'];
    ((judgment['alminneligTvangsgrunnlag'] as Json)['domsslutningInformasjon'] as Json[])[0] = {
      ...((judgment['alminneligTvangsgrunnlag'] as Json)['domsslutningInformasjon'] as Json[])[0],
      oppfyllelsesfrist: '2025-03-02',
    };
    expect(codes(doc, '1.0')).not.toContain('PARAGRAF_4_19_VARSEL_PAAKREVET');
  });
});
