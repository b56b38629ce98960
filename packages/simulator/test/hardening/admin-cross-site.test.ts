/**
 * A hostile web page on another origin, opened in a real headless Chromium, tries to drive the admin API the way a
 * cross-site attacker can without CORS: `fetch` with `no-cors`, a text/plain "simple" POST and an auto-submitted
 * form. None of it may change the simulator. A request under a foreign Host name (DNS rebinding) is refused too.
 */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../src/index.js';
import { testKey } from '../helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

function hostilePage(target: string): string {
  return `<!doctype html><html><body>
<form id="f" method="POST" action="${target}/__admin/clients" enctype="text/plain">
  <input name='{"orgnr":"310000001","scope":"skatteetaten:utleggsbegjaering","x":"' value='"}'>
</form>
<script>
  window.attack = (async () => {
    const shots = [
      fetch('${target}/__admin/reset', { method: 'POST', mode: 'no-cors' }),
      fetch('${target}/__admin/clients', { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ orgnr: '310000001', scope: 'skatteetaten:utleggsbegjaering' }) }),
      fetch('${target}/__admin/clock/advance', { method: 'POST', mode: 'no-cors', body: '{"by":"30d"}' }),
      fetch('${target}/__admin/clients', { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ orgnr: '310000001', scope: 'skatteetaten:utleggsbegjaering' }) }),
    ];
    await Promise.allSettled(shots);
    return 'sent';
  })();
</script></body></html>`;
}

function sendWithHost(url: string, host: string, method: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method,
        headers: { host, 'content-type': 'application/json' },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}

describe('the admin API against a hostile page and DNS rebinding', () => {
  let simulator: Simulator;
  let page: Server;
  let pageUrl: string;
  let context: BrowserContext;
  let stateDir: string;

  beforeAll(async () => {
    stateDir = mkdtempSync(join(tmpdir(), 'elan-admin-xsite-'));
    simulator = createSimulator({ keys: { issuer: testKey() }, stateDir });
    await simulator.listen();
    page = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(hostilePage(simulator.url));
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    // Another port is another origin.
    pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/`;
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'elan-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await new Promise<void>((resolve) => page?.close(() => resolve()));
    await simulator?.close();
  });

  it('changes nothing when a page on another origin fetches with no-cors, posts text/plain or submits a form', async () => {
    // Something a reset would wipe: one recorded exchange.
    await fetch(`${simulator.url}/jwk`);
    const jwkRecorded = () => simulator.admin.recordings.list().some((exchange) => exchange.url.endsWith('/jwk'));
    expect(jwkRecorded()).toBe(true);
    const before = simulator.admin.state();
    const clockBefore = simulator.admin.clock.now();
    const tab = await context.newPage();
    await tab.goto(pageUrl);
    expect(await tab.evaluate(() => (globalThis as unknown as { attack: Promise<string> }).attack)).toBe('sent');
    await Promise.all([
      tab.waitForEvent('load').catch(() => undefined),
      tab.evaluate(() =>
        (globalThis as unknown as { document: { getElementById(id: string): { submit(): void } } }).document
          .getElementById('f')
          .submit(),
      ),
    ]);
    await tab.close();
    const after = simulator.admin.state();
    expect(after.clients.length).toBe(before.clients.length);
    expect(jwkRecorded()).toBe(true);
    // The virtual clock follows real time; the hostile page tried to move it 30 days.
    expect(Date.parse(simulator.admin.clock.now()) - Date.parse(clockBefore)).toBeLessThan(3_600_000);
  }, 60_000);

  it('refuses a request under a foreign Host name, answering loopback names', async () => {
    expect(await sendWithHost(`${simulator.url}/__admin/state`, 'rebound.attacker.example', 'GET')).toBe(403);
    expect(await sendWithHost(`${simulator.url}/__admin/reset`, 'rebound.attacker.example:80', 'POST')).toBe(403);
    const port = new URL(simulator.url).port;
    expect(await sendWithHost(`${simulator.url}/__admin/state`, `localhost:${port}`, 'GET')).toBe(200);
  });

  it('takes a state change without a JSON content type only with the token from the state folder (0600)', async () => {
    const tokenFile = join(stateDir, 'admin-token');
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    const token = readFileSync(tokenFile, 'utf8').trim();
    expect(token).toBe(simulator.adminToken);
    const without = await fetch(`${simulator.url}/__admin/reset`, { method: 'POST' });
    expect(without.status).toBe(403);
    const withToken = await fetch(`${simulator.url}/__admin/reset`, {
      method: 'POST',
      headers: { 'x-elan-admin-token': token },
    });
    expect(withToken.status).toBe(200);
  });
});
