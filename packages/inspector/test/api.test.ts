import { readFileSync } from 'node:fs';
import { loadCanonicalExample, REDACTED } from '@elan-kit/schemas';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bundleUi } from '../scripts/bundle-ui.js';
import { INSPECTOR_ASSUMPTIONS } from '../src/index.js';
import { type Served, serve } from './support.js';

let served: Served;
const api = () => `${served.url}/__inspector/api/v1`;
const json = async <T>(path: string, init?: RequestInit): Promise<{ status: number; body: T }> => {
  const response = await fetch(`${api()}${path}`, init);
  return { status: response.status, body: (await response.json()) as T };
};

beforeAll(async () => {
  served = await serve();
});
afterAll(() => served.close());
beforeEach(() => served.simulator.admin.reset());

describe('the read-only API', () => {
  it('lists summaries newest first, filtered by status, verdict, operation and Korrelasjonsid, paged with before', async () => {
    await served.send('POST', '/valider', loadCanonicalExample('2.0', 'minimal'), {
      korrelasjonsid: '55555555-aaaa-4aaa-8aaa-000000000001',
    });
    await served.send('POST', '/valider', { ...loadCanonicalExample('2.0', 'minimal'), innsenderReferanse: 1 });
    await served.send('GET', '/status/TEST_SAK_OPPRETTET');
    const all = await json<{ exchanges: Array<{ id: string; status: number; verdict: string; operationId: string }> }>(
      '/exchanges',
    );
    expect(all.body.exchanges.map((summary) => summary.status)).toEqual([200, 400, 422]);
    expect(all.body.exchanges.map((summary) => summary.verdict)).toEqual(['pass', 'fail', 'kontrollutslag']);
    expect(all.body.exchanges[0]?.operationId).toBe('hentStatusPaaSak');
    const filtered = async (query: string) =>
      (await json<{ exchanges: Array<{ status: number }> }>(`/exchanges?${query}`)).body.exchanges.map((s) => s.status);
    expect(await filtered('status=4xx')).toEqual([400, 422]);
    expect(await filtered('status=422')).toEqual([422]);
    expect(await filtered('verdict=fail')).toEqual([400]);
    expect(await filtered('operation=validerNyBegjaering&limit=1')).toEqual([400]);
    expect(await filtered('korrelasjonsid=55555555-aaaa-4aaa-8aaa-000000000001')).toEqual([422]);
    expect(await filtered(`before=${all.body.exchanges[0]?.id}`)).toEqual([400, 422]);
    expect((await json('/exchanges?status=abc')).status).toBe(400);
    expect((await json('/exchanges?verdict=maybe')).status).toBe(400);
    expect((await json('/exchanges?limit=0')).status).toBe(400);
  });

  it('answers one exchange with its findings and kontrollutslag, the vilkår from the catalog, and 404 once it is gone', async () => {
    await served.send('POST', '/valider', { ...loadCanonicalExample('2.0', 'minimal'), kravTilInnkreving: [] });
    const [summary] = (await json<{ exchanges: Array<{ id: string }> }>('/exchanges')).body.exchanges;
    const detail = await json<{
      exchange: { request: { headers: Record<string, string> } };
      kontrollutslag: Array<{ kode: string; sti: string; vilkaar?: { tittel: string } }>;
    }>(`/exchanges/${summary?.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.exchange.request.headers.authorization).toBe(`Bearer ${REDACTED}`);
    expect(detail.body.kontrollutslag).toContainEqual(
      expect.objectContaining({
        kode: 'MANGLER_KRAV',
        sti: '/kravTilInnkreving',
        vilkaar: expect.objectContaining({ tittel: 'Begjæringen refererer ikke til noen krav' }),
      }),
    );
    served.simulator.admin.recordings.clear();
    const gone = await json<{ code: string }>(`/exchanges/${summary?.id}`);
    expect(gone).toMatchObject({ status: 404, body: { code: 'ELAN_INSPECTOR_NOT_FOUND' } });
  });

  it('streams new exchanges as server-sent events', async () => {
    const controller = new AbortController();
    const response = await fetch(`${api()}/events`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    await reader.read();
    await served.send('GET', '/status/TEST_SAK_OPPRETTET', undefined, {
      korrelasjonsid: '66666666-aaaa-4aaa-8aaa-000000000001',
    });
    while (!text.includes('event: judgements')) text += decoder.decode((await reader.read()).value);
    controller.abort();
    expect(text).toMatch(/event: exchange\ndata: \{.*"korrelasjonsid":"66666666-aaaa-4aaa-8aaa-000000000001"/);
    expect(text).toMatch(/event: judgements\ndata: \{"basedOn":\{"exchanges":1/);
  });

  it('refuses a Host that is not this listener, so a rebinding page cannot read the recordings', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const outgoing = request(`${api()}/exchanges`, { headers: { host: 'attacker.example' } }, (answer) => {
        answer.resume();
        resolve(answer.statusCode ?? 0);
      });
      outgoing.on('error', reject);
      outgoing.end();
    });
    expect(status).toBe(403);
  });
});

describe('writes', () => {
  it('refuses finish that is not JSON, comes from another origin, or has nothing to finish with', async () => {
    const post = (headers: Record<string, string>) => fetch(`${api()}/finish`, { method: 'POST', headers, body: '{}' });
    expect((await post({ 'content-type': 'text/plain' })).status).toBe(403);
    expect((await post({ 'content-type': 'application/json', origin: 'http://evil.example' })).status).toBe(403);
    expect((await post({ 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post({ 'content-type': 'application/json' })).status).toBe(409);
  });

  it('on its own port, hands the page’s admin calls to the simulator and refuses foreign ones', async () => {
    const separate = await serve({ modelVersion: '2.0' });
    try {
      const { url } = await separate.inspector.listen({ port: 0 });
      const page = await fetch(`${url}/`);
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      const add = (headers: Record<string, string>) =>
        fetch(`${url}/__admin/faults`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ kind: 'error', status: 503, operationId: 'validerNyBegjaering', times: 1 }),
        });
      expect((await add({ 'content-type': 'application/json', origin: 'http://evil.example' })).status).toBe(403);
      expect((await add({ 'content-type': 'text/plain' })).status).toBe(403);
      expect(separate.simulator.admin.faults.list()).toHaveLength(0);
      expect((await add({ 'content-type': 'application/json', origin: url })).status).toBe(201);
      expect(separate.simulator.admin.faults.list()).toHaveLength(1);
      expect((await separate.send('POST', '/valider', loadCanonicalExample('2.0', 'minimal'))).status).toBe(503);
    } finally {
      await separate.close();
    }
  });
});

describe('the page', () => {
  it('is committed as built: rebuilding ui/ gives the same assets', async () => {
    const built = await bundleUi();
    expect(readFileSync(new URL('../assets/inspector.js', import.meta.url), 'utf8')).toBe(built.js);
    expect(readFileSync(new URL('../assets/inspector.css', import.meta.url), 'utf8')).toBe(built.css);
    expect(readFileSync(new URL('../assets/index.html', import.meta.url), 'utf8')).toBe(
      readFileSync(new URL('../ui/index.html', import.meta.url), 'utf8'),
    );
  });

  it('never turns text into markup', () => {
    const js = readFileSync(new URL('../assets/inspector.js', import.meta.url), 'utf8');
    for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function']) {
      expect(js, sink).not.toContain(sink);
    }
  });

  it('keeps its assumptions with ids', () => {
    expect(new Set(INSPECTOR_ASSUMPTIONS.map((assumption) => assumption.id)).size).toBe(INSPECTOR_ASSUMPTIONS.length);
  });
});
