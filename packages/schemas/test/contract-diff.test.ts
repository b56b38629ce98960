import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ContractDiff,
  compareContracts,
  type DiffSource,
  loadCanonicalExample,
  payloadChanges,
  resolveDiffSource,
} from '../src/index.js';

const official2023 = join(import.meta.dirname, 'fixtures', 'official', 'utleggsbegjaering-2023.yaml');
const betjeningskartet131 = join(import.meta.dirname, 'fixtures', 'official', 'betjeningskartet-1.3.1.yaml');
// Comparing two whole bundled contracts takes seconds on a loaded CI machine.
const SLOW = 120_000;

async function sources(oldRef: string, newRef: string): Promise<[DiffSource, DiffSource]> {
  const older = await resolveDiffSource(oldRef, newRef);
  return [older, await resolveDiffSource(newRef, older)];
}

function descriptions(diff: ContractDiff, operation: string): string[] {
  const group = diff.operations.find((candidate) => candidate.operations.includes(operation));
  return (group?.changes ?? []).map((change) => `${change.kind} ${change.description}`);
}

describe('spec diff between bundled model 0.9 and 1.0', () => {
  let older: DiffSource;
  let newer: DiffSource;
  let diff: ContractDiff;
  beforeAll(async () => {
    [older, newer] = await sources('bundled:0.9', 'bundled:1.0');
    diff = compareContracts(older, newer);
  }, SLOW);

  it('lists the renames the 1.0 changelog names, and marks the matching field changes', () => {
    const renames = diff.changelog.filter((entry) => entry.kind === 'renamed').map((e) => `${e.from}→${e.to}`);
    expect(renames).toEqual(
      expect.arrayContaining([
        'kravreferanse→innsendersKravreferanse',
        'erRentekrav→rentekrav',
        'prosessfullmektig→saksoekersProsessfullmektig',
        'prosessfullmektig→saksoektesProsessfullmektig',
        'skylderklaering→skyldnererklaering',
      ]),
    );
    const request = diff.operations.find((group) => group.operations.includes('validerNyBegjaering'));
    const removed = request?.changes.find(
      (change) => change.action === 'remove' && change.renamed?.to === 'saksoektesProsessfullmektig',
    );
    expect(removed?.kind).toBe('breaking');
    expect(diff.changelog.filter((entry) => entry.kind === 'removed').map((e) => e.from)).toEqual(
      expect.arrayContaining(['saksoekerReferanse', 'domsreferanse']),
    );
  });

  it('groups operations that share a request schema and says where each is', () => {
    const group = diff.operations.find((candidate) => candidate.operations.includes('validerNyBegjaering'));
    expect(group?.operations).toEqual(expect.arrayContaining(['opprettBegjaering', 'endreBegjaering']));
    expect(group?.locations['validerNyBegjaering']).toEqual({
      before: 'POST /api/utleggsbegjaering/v1/valider',
      after: 'POST /api/utleggsbegjaering/v2/valider',
    });
    expect(diff.counts.breaking).toBeGreaterThan(0);
    expect(descriptions(diff, 'validerNyBegjaering')).toContain(
      'breaking add: property `innsendersKravreferanse` to `kravTilInnkreving[]` in Request Body content (application/json)',
    );
  });

  it('tells what a 0.9 payload must change for 1.0, renames first-hand from the changelog', () => {
    const result = payloadChanges(loadCanonicalExample('0.9', 'minimal'), older, newer);
    expect(result.validBefore).toBe(true);
    const renames = result.changes.filter((change) => change.action === 'rename');
    expect(renames.map((change) => change.to)).toContain('innsendersKravreferanse');
    expect(renames[0]?.pointer).toMatch(/^\/kravTilInnkreving\/0\/kravreferanse$/);
    expect(payloadChanges(loadCanonicalExample('1.0', 'minimal'), older, newer).changes).toEqual([]);
  });
});

describe('spec diff between bundled model 1.0 and 2.0', () => {
  it(
    'names what the 1.1 and 2.0 changelogs remove and replace',
    async () => {
      const diff = compareContracts(...(await sources('bundled:1.0', 'bundled:2.0')));
      const changelog = diff.changelog.map((entry) => `${entry.kind} ${entry.from}${entry.to ? `→${entry.to}` : ''}`);
      expect(changelog).toEqual(
        expect.arrayContaining([
          'removed saksreferanse',
          'removed paalydendeBeloep',
          'replaced mottakeradresse→mottakeradresseInnland, mottakeradresseUtland',
        ]),
      );
      expect(descriptions(diff, 'opprettBegjaering')).toContain(
        'breaking remove: property `saksreferanse` in Request Body content (application/json)',
      );
    },
    SLOW,
  );
});

describe('spec diff with an official document', () => {
  it(
    'maps the official operations onto the kit’s and compares them operation by operation',
    async () => {
      const [older, newer] = await sources(official2023, 'bundled:2.0');
      expect(older.origin).toBe('official');
      const diff = compareContracts(older, newer);
      const valider = diff.operations.find((group) => group.operations.includes('validerNyBegjaering'));
      expect(valider?.locations['validerNyBegjaering']).toEqual({
        before: 'POST /api/v0/utleggsbegjaering/valider',
        after: 'POST /api/utleggsbegjaering/v2/valider',
      });
      expect(valider?.changes.some((change) => change.description.includes('hovedkrav'))).toBe(true);
      const added = diff.operations.filter((group) => group.status === 'added').flatMap((group) => group.operations);
      expect(added).toEqual(expect.arrayContaining(['endreBegjaering', 'lastOppVedlegg']));
      expect(diff.changelog).toEqual([]);
    },
    SLOW,
  );

  it('finds nothing between a document and itself, and refuses an unknown bundled name', async () => {
    const diff = compareContracts(...(await sources(betjeningskartet131, betjeningskartet131)));
    expect(diff.operations).toEqual([]);
    expect(diff.counts.breaking).toBe(0);
    await expect(resolveDiffSource('bundled:nope')).rejects.toMatchObject({ code: 'ELAN_CONTRACT_NOT_FOUND' });
  });

  it('judges a lookup payload against the Betjeningskartet documents', async () => {
    const [older, newer] = await sources(betjeningskartet131, 'bundled:betjeningskartet');
    const published = { kildesystem: 'elin', skyldner: [{ partsnummer: '1' }] };
    const result = payloadChanges(published, older, newer);
    expect(result.validBefore).toBe(true);
    expect(result.changes.length).toBeGreaterThan(0);
  });
});
