import { describe, expect, it } from 'vitest';
import { readCodeList } from '../src/code-lists/load-code-lists.js';
import {
  codeLists,
  codeListValues,
  findCodeValue,
  isSchemaPackageError,
  loadContract,
  MODEL_VERSIONS,
  SAKSSTATUSER,
} from '../src/index.js';
import { schemaNodes } from './begjaering-support.js';

const NAMED_IN_THE_BRIEF = [
  'TvangsfullbyrdelsesType',
  'AdresseType',
  'VirksomhetsType',
  'AlminneligTvangsgrunnlagType',
  'TvangsmulktLovbestemmelseType',
  'TvangskraftgrunnlagType',
  'BegrunnelseUnnlatVarselType',
  'ForsendelsesmåteType',
  'TilleggsfristForeldelseGrunnlag',
  'VedleggType',
  'BokstavDekningsloven',
  'Kravdetaljer',
  'kravdetaljerUtleggsbegjaering',
  'Identifikatortype',
  'Namsmannsdistrikt',
  'Regelverk',
  'Saksstatus',
];

describe('code lists', () => {
  it('has every list of information-model.md §11', () => {
    expect(Object.keys(codeLists)).toEqual(expect.arrayContaining(NAMED_IN_THE_BRIEF));
    for (const list of Object.values(codeLists)) {
      expect(list.values.length, list.name).toBeGreaterThan(0);
      expect(list.description, list.name).not.toBe('');
    }
  });

  it('knows which values each model version accepts', () => {
    expect(codeListValues('TvangsfullbyrdelsesType', '0.9')).toEqual([
      'utlegg',
      'utleggOgForlliksklageKombinert',
      'utleggOgForliksklageKombinert',
    ]);
    expect(codeListValues('TvangsfullbyrdelsesType', '1.0')).toEqual(['utlegg', 'utleggOgForliksklageKombinert']);
    expect(codeListValues('TvangskraftgrunnlagType', '1.1')).toHaveLength(6);
    expect(codeListValues('TvangskraftgrunnlagType', '2.0')).toEqual(['varselTvfbl418', 'varselTvfbl419']);
    expect(codeListValues('BegrunnelseUnnlatVarselType', '1.1')).toHaveLength(5);
    expect(codeListValues('BegrunnelseUnnlatVarselType', '2.0')).toEqual([
      'ingenMulighetForVarsling',
      'fullbyrdelsenKanBliVanskeliggjort',
    ]);
    expect(codeListValues('ForsendelsesmåteType', '2.0')).toEqual([
      'altinn',
      'digipost',
      'alminneligPostMenIRetur',
      'alminneligPost',
      'eFaktura',
      'eBoks',
    ]);
    expect(codeListValues('VirksomhetsType', '1.0')).not.toContain('kommune');
    expect(codeListValues('VirksomhetsType')).toContain('kommune');
  });

  it('returns the whole list for lists not tied to model versions', () => {
    expect(codeListValues('Saksstatus', '2.0')).toEqual([...SAKSSTATUSER]);
    expect(codeListValues('Regelverk')).toEqual([
      'tidligereRegelverk',
      'nyttRegelverk',
      'motstridendeRegelverk',
      'ukjentSkyldner',
    ]);
    expect(codeLists['Kravdetaljer']?.versions).toBeUndefined();
  });

  it('matches kravdetaljer without regard to case and marks the assumed lists', () => {
    expect(findCodeValue('kravdetaljerUtleggsbegjaering', 'utenrettsligeKostnader', '1.1')).toBe(
      'UtenrettsligeKostnader',
    );
    expect(findCodeValue('kravdetaljerUtleggsbegjaering', 'HOVEDKRAV')).toBe('Hovedkrav');
    expect(findCodeValue('kravdetaljerUtleggsbegjaering', 'Hovedstol')).toBeUndefined();
    expect(findCodeValue('AdresseType', 'Bopelsadresse')).toBeUndefined();
    expect(codeLists['kravdetaljerUtleggsbegjaering']?.assumption).toMatch(/ikke publisert/);
    expect(codeLists['Namsmannsdistrikt']).toMatchObject({ placeholder: true });
    expect(codeLists['Namsmannsdistrikt']?.values).toHaveLength(14);
  });

  it('throws ELAN_CODE_LIST_UNKNOWN for an unknown list', () => {
    try {
      codeListValues('Ukjent');
      expect.unreachable();
    } catch (error) {
      expect(isSchemaPackageError(error) && error.code).toBe('ELAN_CODE_LIST_UNKNOWN');
    }
  });

  it('names the file and the pointer of a malformed list', () => {
    const broken = {
      name: 'X',
      description: '',
      source: '',
      caseInsensitive: false,
      versioned: true,
      values: [{ value: 'a', versions: ['3.0'] }],
    };
    expect(() => readCodeList('x.json', broken)).toThrow(/x\.json: versions must list model versions/);
    try {
      readCodeList('x.json', broken);
    } catch (error) {
      expect(isSchemaPackageError(error) && error.pointer).toBe('/values/0/versions');
    }
  });
});

describe.each(MODEL_VERSIONS)('OpenAPI enums of Utleggsbegjæring %s', (version) => {
  const schemas = (loadContract('utleggsbegjaering', version).document['components'] as Record<string, unknown>)[
    'schemas'
  ];
  const begjaeringNodes = [...schemaNodes(schemas)].filter(({ pointer }) => !pointer.startsWith('/ProblemDetail'));

  it('agree with the code lists of that version', () => {
    const checked: string[] = [];
    for (const { node, pointer } of begjaeringNodes) {
      if (!Array.isArray(node['enum'])) continue;
      const listName = node['x-elan-code-list'];
      expect(listName, `enum at ${pointer} names its code list`).toBeTypeOf('string');
      expect([...node['enum']].sort(), pointer).toEqual([...codeListValues(String(listName), version)].sort());
      checked.push(String(listName));
    }
    expect(new Set(checked).size).toBeGreaterThanOrEqual(12);
  });

  it('only name code lists that exist', () => {
    for (const { node, pointer } of begjaeringNodes) {
      const listName = node['x-elan-code-list'];
      if (listName !== undefined) expect(codeLists, pointer).toHaveProperty([String(listName)]);
    }
  });
});
