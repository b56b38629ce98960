import { afterAll, describe, expect, it } from 'vitest';
import { createSystemClock } from '../src/engine/clock.js';
import { createHttpClient } from '../src/http/http-client.js';
import type { TokenProvider } from '../src/maskinporten/token-provider.js';
import { searchTenor } from '../src/tenor/search-tenor.js';
import { startLocalServer } from './support/local-server.js';

const http = createHttpClient();
afterAll(() => http.close());

/** Hands out a fixed token: the search client is under test here, not Maskinporten. */
const tokens = {
  client: { clientId: 'c', scope: 's', issuer: 'i', tokenEndpoint: 't', key: {} },
  fetchCount: 0,
  invalidate() {},
  async getToken() {
    const now = createSystemClock().now();
    return { value: 'token', obtainedAt: now, expiresAt: now, response: {}, claims: {}, header: {} };
  },
} as unknown as TokenProvider;

/** A Tenor-like server over `total` hits: each seed orders them differently and only its first 200 are reachable. */
function tenorLike(total: number) {
  return startLocalServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    const antall = Math.min(200, Number(url.searchParams.get('antall')));
    const side = Number(url.searchParams.get('side'));
    const seed = Number(url.searchParams.get('seed'));
    const ordered = Array.from({ length: total }, (_, i) => (i * 7 + seed * 61) % total).slice(0, 200);
    const page = ordered.slice(side * antall, side * antall + antall);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        treff: total,
        rader: page.length,
        offset: side * antall,
        nesteSide: side * antall + page.length < ordered.length ? side + 1 : null,
        seed,
        dokumentListe: page.map((n) => ({ tenorMetadata: { id: String(n), kildedata: '{}' } })),
      }),
    );
  });
}

describe('searchTenor', () => {
  it('pages within a seed, takes more seeds past 200 hits, and counts distinct hits', async () => {
    const server = await tenorLike(450);
    try {
      const progress: number[] = [];
      const result = await searchTenor({
        http,
        tokens,
        baseUrl: server.url,
        kilde: 'freg',
        kql: 'personstatus:bosatt',
        antall: 300,
        onProgress: (p) => progress.push(p.collected),
      });
      expect(result.collected).toBeGreaterThanOrEqual(300);
      expect(result.seeds.length).toBeGreaterThan(1);
      expect(result.treff).toBe(450);
      expect(progress.at(-1)).toBe(result.collected);
      for (const request of server.received) {
        const url = new URL(request.url, 'http://x');
        expect(url.pathname).toBe('/soek/freg');
        expect(Number(url.searchParams.get('antall'))).toBeLessThanOrEqual(200);
        expect(url.searchParams.get('vis')).toBe('tenorMetadata');
        expect(request.headers.authorization).toBe('Bearer token');
      }
    } finally {
      await server.close();
    }
  });

  it('stops when a seed brings nothing new, and reports an error answer', async () => {
    const small = await tenorLike(30);
    try {
      const result = await searchTenor({ http, tokens, baseUrl: small.url, kilde: 'freg', kql: 'a:b', antall: 100 });
      expect(result).toMatchObject({ collected: 30, treff: 30, seeds: [1], requests: 1 });
    } finally {
      await small.close();
    }
    const refusing = await startLocalServer((_, response) => {
      response.writeHead(403, { 'content-type': 'application/problem+json' });
      response.end(JSON.stringify({ status: 403, detail: 'insufficient scope' }));
    });
    try {
      const error = await searchTenor({
        http,
        tokens,
        baseUrl: refusing.url,
        kilde: 'freg',
        kql: 'a:b',
        antall: 5,
      }).catch((caught: unknown) => caught);
      expect((error as { code?: string }).code).toBe('ELAN_TENOR_FAILED');
      expect((error as Error).message).toContain('insufficient scope');
      expect((error as { hint?: string }).hint).toContain('skatteetaten:testnorge/testdata.read');
    } finally {
      await refusing.close();
    }
  });
});
