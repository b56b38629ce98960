import { contextFromData, vilkaarVectors } from '@elan-kit/fixtures';
import { loadContract, type ModelVersion, resolvePointer, vilkaarCatalog } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { prov } from '../src/index.js';
import { example, register } from './support/examples.js';

const cases = vilkaarVectors.flatMap((vector, index) =>
  vector.modelVersions.map((modelVersion) => ({ vector, index, modelVersion })),
);

function schemaErrors(modelVersion: ModelVersion, document: unknown): string[] {
  return loadContract('utleggsbegjaering', modelVersion)
    .operation('validerNyBegjaering')
    .validateRequestBody(document)
    .map((error) => `${error.instancePath} ${error.message}`);
}

describe('mutation catalog', () => {
  it('has at least one vector for every code of the catalog, and only catalog codes', () => {
    const covered = new Set(vilkaarVectors.map((vector) => vector.kode));
    expect([...covered].sort()).toEqual(vilkaarCatalog.map((vilkaar) => vilkaar.kode).sort());
  });

  it('keeps context data plain JSON', () => {
    for (const vector of vilkaarVectors) {
      for (const context of [vector.context, vector.neighbour.context]) {
        if (context) expect(JSON.parse(JSON.stringify(context))).toEqual(context);
      }
    }
  });

  it('names register parties the default register knows (and, for the missing-party code, one it does not)', () => {
    for (const vector of vilkaarVectors) {
      for (const party of [...(vector.context?.parties ?? []), ...(vector.neighbour.context?.parties ?? [])]) {
        expect(register.get(party.identifier), `${vector.kode}: ${party.identifier}`).toMatchObject({
          kind: party.kind,
          regelverk: party.regelverk,
        });
      }
      for (const identifier of vector.context?.unknownParties ?? []) expect(register.get(identifier)).toBeUndefined();
    }
  });

  it('refuses a change without a stored begjæring', () => {
    expect(() =>
      contextFromData({ mode: 'endring' }, { modelVersion: '1.0', document: example('1.0', 'minimal') }),
    ).toThrow(/stored begjæring/);
  });

  it('covers every model version a code applies to', () => {
    for (const vilkaar of vilkaarCatalog) {
      const versions = new Set(vilkaarVectors.filter((v) => v.kode === vilkaar.kode).flatMap((v) => v.modelVersions));
      expect([...versions].sort(), vilkaar.kode).toEqual([...vilkaar.modellversjoner].sort());
    }
  });
});

describe.each(cases)('$vector.kode (#$index) on $modelVersion', ({ vector, modelVersion }) => {
  const base = () => example(modelVersion, vector.base);

  it('triggers exactly its code, at pointers that resolve in the submitted document', () => {
    const original = base();
    const document = vector.mutate(original);
    expect(original, 'mutate must not change its input').toEqual(base());
    const context = contextFromData(vector.context ?? {}, { modelVersion, document, baseDocument: original, register });
    const utslag = prov(document, context);
    expect(utslag.map((u) => u.kode)).toEqual([vector.kode]);
    for (const { sti, melding, beskrivelse } of utslag) {
      expect(resolvePointer(document, sti), sti).toBeDefined();
      expect(melding, 'every placeholder is filled').not.toMatch(/%(s\b|\p{L})/u);
      expect(beskrivelse).not.toBe('');
    }
  });

  it('has a neighbour that passes', () => {
    const original = base();
    const document = vector.neighbour.mutate(original);
    const context = contextFromData(vector.neighbour.context ?? {}, {
      modelVersion,
      document,
      baseDocument: original,
      register,
    });
    expect(prov(document, context)).toEqual([]);
  });

  it('keeps both documents schema-valid, so ELAN would answer 422 and not 400', () => {
    expect(schemaErrors(modelVersion, vector.mutate(base()))).toEqual([]);
    expect(schemaErrors(modelVersion, vector.neighbour.mutate(base()))).toEqual([]);
  });
});
