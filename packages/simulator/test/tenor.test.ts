import { createPartyRegister, importTenorPages, TENOR_QUERIES } from '@elan-kit/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../src/index.js';
import { parseKql } from '../src/tenor/kql.js';
import { tenorPage } from '../src/tenor/search.js';
import { fetchToken, type Json, startSimulator } from './helpers.js';

const TENOR_SCOPE = 'skatteetaten:testnorge/testdata.read';

describe('Tenor stand-in', () => {
  let simulator: Simulator;
  let token: string;
  const search = async (kilde: string, params: Record<string, string>, bearer: string | null = token) => {
    const url = `${simulator.client.baseUrls.tenor}/soek/${kilde}?${new URLSearchParams(params)}`;
    const response = await fetch(url, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
    return { status: response.status, body: (await response.json()) as Json };
  };

  beforeAll(async () => {
    simulator = await startSimulator();
    token = await fetchToken(simulator.client, { scope: TENOR_SCOPE });
  });
  afterAll(() => simulator.close());

  it('needs a token with the Tenor scope', async () => {
    expect((await search('freg', {}, null)).status).toBe(401);
    const elanOnly = await fetchToken(simulator.client);
    const refused = await search('freg', {}, elanOnly);
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain(TENOR_SCOPE);
  });

  it("pages a search in Tenor's shape, shuffled by seed", async () => {
    const persons = createPartyRegister().persons.length;
    const first = await search('freg', { kql: 'personstatus:bosatt', antall: '100', side: '0', seed: '3' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ treff: persons, rader: 100, offset: 0, nesteSide: 1, seed: 3 });
    const second = await search('freg', { kql: 'personstatus:bosatt', antall: '100', side: '1', seed: '3' });
    expect(second.body).toMatchObject({ rader: persons - 100, offset: 100, nesteSide: null });
    const ids = [...first.body.dokumentListe, ...second.body.dokumentListe].map((d: Json) => d.id);
    expect(new Set(ids).size).toBe(persons);
    const other = await search('freg', { kql: 'personstatus:bosatt', antall: '200', seed: '4' });
    expect(other.body.rader).toBe(persons);
    expect(other.body.dokumentListe.map((d: Json) => d.id)).not.toEqual(ids);
    expect(first.body.dokumentListe[0]).not.toHaveProperty('tenorMetadata');
  });

  it('answers the ready-made queries and tenorMetadata.id, importable as a register', async () => {
    for (const query of TENOR_QUERIES) {
      const answer = await search(query.kilde, { kql: query.kql, antall: '200', vis: 'tenorMetadata' });
      expect(answer.status, query.name).toBe(200);
      expect(answer.body.treff, query.name).toBeGreaterThan(0);
      const { document } = importTenorPages([{ file: query.name, value: answer.body, kql: query.kql }], {
        today: '2026-12-07',
      });
      const parties = [...document.persons, ...document.organisations];
      if (query.name === 'dnummer') expect(document.persons.every((p) => p.identifikatortype === 'dnr')).toBe(true);
      if (query.name === 'enk') expect(document.organisations.every((o) => o.enk && o.innehaver)).toBe(true);
      if (query.name === 'as-hovedenhet') {
        expect(document.organisations.every((o) => o.organisasjonsform === 'AS' && o.hovedenhet)).toBe(true);
      }
      expect(parties.length, query.name).toBe(answer.body.rader);
    }
    const id = simulator.client.orgnr;
    const one = await search('brreg-er-fr', { kql: `tenorMetadata.id:${id}`, vis: 'tenorMetadata' });
    expect(one.body.treff).toBe(1);
    expect(one.body.dokumentListe[0].tenorMetadata.id).toBe(id);
    expect(typeof one.body.dokumentListe[0].tenorMetadata.kildedata).toBe('string');
  });

  it('refuses a query it does not understand, an unknown kilde and a bad antall', async () => {
    const bad = await search('freg', { kql: 'personstatus:bosatt and (' });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toMatch(/position \d+/);
    expect((await search('freg', { kql: 'fritekst' })).status).toBe(400);
    expect((await search('skatt', {})).status).toBe(404);
    expect((await search('freg', { antall: '-1' })).status).toBe(400);
  });
});

describe('tenorPage', () => {
  it('returns at most 200 documents per call, and paging stops at the 200th hit', () => {
    const hits = Array.from({ length: 450 }, (_, i) => i);
    expect(tenorPage(hits, 500, 0)).toMatchObject({ offset: 0, nesteSide: null });
    expect(tenorPage(hits, 500, 0).page).toHaveLength(200);
    expect(tenorPage(hits, 120, 0)).toMatchObject({ offset: 0, nesteSide: 1 });
    const last = tenorPage(hits, 120, 1);
    expect(last).toMatchObject({ offset: 120, nesteSide: null });
    expect(last.page).toEqual(hits.slice(120, 200));
    expect(tenorPage(hits, 120, 2).page).toEqual([]);
  });
});

describe('parseKql', () => {
  it('reads and, or, not, parentheses, comparisons and quoted values', () => {
    expect(parseKql('a:1 and not (b:"x y" or c >= 2)')).toEqual({
      kind: 'and',
      left: { kind: 'match', field: 'a', value: '1' },
      right: {
        kind: 'not',
        operand: {
          kind: 'or',
          left: { kind: 'match', field: 'b', value: 'x y' },
          right: { kind: 'compare', field: 'c', operator: '>=', value: '2' },
        },
      },
    });
  });
});
