import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { partsidentifikator } from '@elan-kit/conformance';
import { loadCanonicalExample } from '@elan-kit/schemas';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, chromiumPath, hasChromium, launchBrowser, type Served, serve } from './support.js';

if (!hasChromium) process.stderr.write('\n[inspector] browser tests need a Chromium (apt-get install chromium)\n\n');

describe.runIf(hasChromium)(`the inspector page in a real browser (${chromiumPath ?? 'no Chromium'})`, () => {
  let browser: BrowserContext;
  let served: Served;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    served = await serve();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  beforeEach(async () => {
    served.simulator.admin.reset();
    await page?.close();
    page = await browser.newPage();
    await page.goto(`${served.url}/`);
    await page.locator('.connection.live').waitFor({ timeout: 30_000 });
  });

  const row = (text: string) => page.locator('.rows .row', { hasText: text });

  it('fills the journal live, newest first, without reloading', async () => {
    const sent = ['11111111-aaaa-4aaa-8aaa-000000000001', '11111111-aaaa-4aaa-8aaa-000000000002'];
    await served.send('POST', '/valider', loadCanonicalExample('2.0', 'minimal'), { korrelasjonsid: sent[0]! });
    await served.send('GET', '/status/UNKNOWN-REF', undefined, { korrelasjonsid: sent[1]! });
    await row(sent[1]!).waitFor({ timeout: 30_000 });
    await row(sent[0]!).waitFor({ timeout: 30_000 });
    const ids = await page.locator('.rows .row .c-korrelasjonsid').allTextContents();
    expect(ids.indexOf(sent[1]!)).toBeLessThan(ids.indexOf(sent[0]!));
    await expect(row(sent[0]!).locator('.c-status').textContent()).resolves.toBe('422');
    await expect(row(sent[0]!).locator('.c-verdict').textContent()).resolves.toBe('kontrollutslag');
    await page.screenshot({ path: artifactPath('journal.png') });
  });

  it('filters the journal by verdict and Korrelasjonsid', async () => {
    const bad = { ...loadCanonicalExample('2.0', 'minimal'), innsenderReferanse: 42 };
    await served.send('POST', '/valider', bad, { korrelasjonsid: '22222222-aaaa-4aaa-8aaa-000000000001' });
    await served.send('POST', '/valider', loadCanonicalExample('2.0', 'minimal'), {
      korrelasjonsid: '22222222-aaaa-4aaa-8aaa-000000000002',
    });
    await page.locator('.rows .row').nth(1).waitFor({ timeout: 30_000 });
    await page.selectOption('select[data-filter="verdict"]', 'fail');
    await expect.poll(() => page.locator('.rows .row').count()).toBe(1);
    await expect(page.locator('.rows .row .c-korrelasjonsid').textContent()).resolves.toBe(
      '22222222-aaaa-4aaa-8aaa-000000000001',
    );
    await page.selectOption('select[data-filter="verdict"]', '');
    await page.fill('input[data-filter="korrelasjonsid"]', '000000000002');
    await expect.poll(() => page.locator('.rows .row').count()).toBe(1);
  });

  it('shows a schema error at its JSON pointer in the body, and kontrollutslag with the vilkår from the catalog', async () => {
    const bad = { ...loadCanonicalExample('2.0', 'minimal'), innsenderReferanse: 42 };
    const answer = await served.send('POST', '/valider', bad, {
      korrelasjonsid: '33333333-aaaa-4aaa-8aaa-000000000001',
    });
    expect(answer.status).toBe(400);
    await row('33333333-aaaa-4aaa-8aaa-000000000001').click({ timeout: 30_000 });
    const note = page.locator('.detail .note.finding[data-pointer="/innsenderReferanse"]');
    await note.waitFor({ timeout: 30_000 });
    await expect(note.textContent()).resolves.toContain('CONTRACT_REQUEST_BODY_INVALID');
    // The note sits right under the line of the offending member.
    const marked = page.locator('.detail .json .line.marked[data-pointer="/innsenderReferanse"]');
    await expect(marked.textContent()).resolves.toContain('"innsenderReferanse": 42');
    await page.screenshot({ path: artifactPath('exchange-schema-error.png') });

    const empty = { ...loadCanonicalExample('2.0', 'minimal'), kravTilInnkreving: [] };
    const refused = await served.send('POST', '/valider', empty, {
      korrelasjonsid: '33333333-aaaa-4aaa-8aaa-000000000002',
    });
    expect(refused.status).toBe(422);
    await row('33333333-aaaa-4aaa-8aaa-000000000002').click({ timeout: 30_000 });
    const kontrollutslag = page.locator('.detail .note.kontrollutslag[data-pointer="/kravTilInnkreving"]');
    await kontrollutslag.waitFor({ timeout: 30_000 });
    await expect(kontrollutslag.textContent()).resolves.toContain('MANGLER_KRAV');
    await expect(kontrollutslag.textContent()).resolves.toContain('Begjæringen refererer ikke til noen krav');
    await expect(page.locator('.detail section.kontrollutslag').textContent()).resolves.toContain(
      'Det må finnes minimum ett krav',
    );
    await page.screenshot({ path: artifactPath('exchange-kontrollutslag.png') });

    await page.click('button.lang');
    await page.locator('.detail .kontrollutslag >> text=published in Norwegian only').waitFor({ timeout: 30_000 });
    await expect(page.locator('nav').textContent()).resolves.toContain('Client behaviour');
    await page.click('button.lang');
    await expect(page.locator('nav').textContent()).resolves.toContain('Klientatferd');
  });

  it('injects a fault from the page that reaches the client', async () => {
    await page.click('nav button[data-tab="control"]');
    await page.selectOption('form.control-fault select[name="kind"]', '503');
    await page.selectOption('form.control-fault select[name="operation"]', 'validerNyBegjaering');
    await page.fill('form.control-fault input[name="times"]', '1');
    await page.fill('form.control-fault input[name="retryAfter"]', '7');
    await page.click('form.control-fault button[type="submit"]');
    await page
      .locator('form.control-fault ul.faults li', { hasText: 'validerNyBegjaering' })
      .waitFor({ timeout: 30_000 });
    await page.screenshot({ path: artifactPath('control.png') });

    const first = await served.send('POST', '/valider', loadCanonicalExample('2.0', 'minimal'));
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('7');
    const second = await served.send('POST', '/valider', loadCanonicalExample('2.0', 'minimal'));
    expect(second.status).toBe(422);

    const before = served.simulator.admin.clock.now();
    await page.fill('form.control-clock input[name="by"]', '2h');
    await page.click('form.control-clock button[type="submit"]');
    await expect
      .poll(() => Date.parse(served.simulator.admin.clock.now()) - Date.parse(before), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(2 * 3600 * 1000);
  });

  it('judges the client live and ticks off the scenarios the traffic shows', async () => {
    await page.click('nav button[data-tab="scenarios"]');
    const oldRegime = page.locator('article.scenario[data-scenario="old-regime"]');
    await oldRegime.waitFor({ timeout: 30_000 });
    await expect(oldRegime.getAttribute('class')).resolves.not.toContain('done');
    const lookup = await served.send('POST', '/betjeningskartet', { skyldner: [partsidentifikator('22854508168')] });
    expect(lookup.status).toBe(200);
    await page.locator('article.scenario.done[data-scenario="old-regime"]').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: artifactPath('scenarios.png') });

    await page.click('nav button[data-tab="behaviour"]');
    const contract = page.locator('article.check[data-check="contract-conformance"]');
    await contract.waitFor({ timeout: 30_000 });
    await expect(contract.textContent()).resolves.toMatch(/1 registrerte utveksling/);
    await page.screenshot({ path: artifactPath('client-behaviour.png') });
  });

  it('shows hostile content as text, escaped and cut, and never runs it', async () => {
    const hostile = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">\u001b[31mred\u001b[0m\u202Eevil`;
    const huge = 'A'.repeat(300_000);
    await served.send('POST', '/valider', `${hostile}${huge}`, {
      korrelasjonsid: '44444444-aaaa-4aaa-8aaa-000000000001',
    });
    await served.send(
      'POST',
      '/valider',
      { innsenderReferanse: hostile },
      {
        korrelasjonsid: '44444444-aaaa-4aaa-8aaa-000000000002',
      },
    );
    await served.send('GET', '/status/X', undefined, { korrelasjonsid: '<img src=x onerror="window.__pwned=3">' });
    await row('onerror').waitFor({ timeout: 30_000 });
    await row('44444444-aaaa-4aaa-8aaa-000000000002').click();
    await page.locator('.detail .json').first().waitFor({ timeout: 30_000 });
    const requestBody = page.locator('.detail .part').first().locator('.json');
    await expect(requestBody.textContent()).resolves.toContain('<script>window.__pwned = 1</script>');
    await expect(requestBody.textContent()).resolves.toContain('\\u001b[31mred');
    await expect(requestBody.textContent()).resolves.toContain('\\u202eevil');

    await row('44444444-aaaa-4aaa-8aaa-000000000001').click();
    await page.locator('.detail .text-body').waitFor({ timeout: 30_000 });
    const shown = (await page.locator('.detail .text-body pre').textContent()) ?? '';
    expect(shown).toContain('<script>window.__pwned = 1</script>');
    expect(shown).not.toContain('\u001b');
    expect(shown.length).toBeLessThanOrEqual(64 * 1024 + 100);
    await page.locator('.detail .cut').first().waitFor({ timeout: 30_000 });
    await expect(page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(page.locator('.detail script, .detail img').count()).resolves.toBe(0);
    await page.screenshot({ path: artifactPath('hostile-content.png') });
  });

  describe('a page on another origin', () => {
    let foreign: Server;
    let foreignUrl: string;

    beforeAll(async () => {
      foreign = createServer((request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<!doctype html><title>elsewhere</title><form method="post"></form>');
      });
      await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', () => resolve()));
      foreignUrl = `http://localhost:${(foreign.address() as AddressInfo).port}/`;
    });

    afterAll(async () => {
      await new Promise<void>((resolve) => foreign.close(() => resolve()));
    });

    it('cannot drive the control panel, finish, or read the API', async () => {
      served.simulator.admin.faults.add({ kind: 'error', status: 500, operationId: 'hentStatusPaaSak' });
      await served.send('GET', '/status/UNKNOWN-REF');
      const recorded = served.simulator.admin.recordings.list().length;
      const attacker = await browser.newPage();
      await attacker.goto(foreignUrl);
      const outcomes = await attacker.evaluate(async (target) => {
        const attempt = async (label: string, run: () => Promise<Response>) => {
          try {
            const response = await run();
            return `${label}: ${response.type} ${response.status}`;
          } catch (error) {
            return `${label}: blocked (${(error as Error).name})`;
          }
        };
        return [
          await attempt('reset no-cors', () => fetch(`${target}/__admin/reset`, { method: 'POST', mode: 'no-cors' })),
          await attempt('reset text', () =>
            fetch(`${target}/__admin/reset`, {
              method: 'POST',
              mode: 'no-cors',
              body: '{}',
              headers: { 'content-type': 'text/plain' },
            }),
          ),
          await attempt('faults json', () =>
            fetch(`${target}/__admin/faults`, {
              method: 'DELETE',
              body: '{}',
              headers: { 'content-type': 'application/json' },
            }),
          ),
          await attempt('clock json', () =>
            fetch(`${target}/__admin/clock/advance`, {
              method: 'POST',
              body: '{"by":"10d"}',
              headers: { 'content-type': 'application/json' },
            }),
          ),
          await attempt('finish no-cors', () =>
            fetch(`${target}/__inspector/api/v1/finish`, { method: 'POST', mode: 'no-cors', body: '{}' }),
          ),
          await attempt('read exchanges', () => fetch(`${target}/__inspector/api/v1/exchanges`)),
        ];
      }, served.url);
      // A plain form post, the oldest trick.
      await attacker.evaluate((target) => {
        const page = globalThis as unknown as {
          document: { querySelector(selector: string): { action: string; submit(): void } };
        };
        const form = page.document.querySelector('form');
        form.action = `${target}/__admin/reset`;
        form.submit();
      }, served.url);
      await attacker.waitForLoadState('load');
      await attacker.close();

      expect(outcomes.find((line) => line.startsWith('faults json'))).toContain('blocked');
      expect(outcomes.find((line) => line.startsWith('clock json'))).toContain('blocked');
      expect(outcomes.find((line) => line.startsWith('read exchanges'))).toContain('blocked');
      expect(served.simulator.admin.faults.list()).toHaveLength(1);
      expect(served.simulator.admin.recordings.list().length).toBe(recorded);
      served.simulator.admin.faults.clear();
    });
  });
});
