import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { RunResult } from '@elan-kit/schemas';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProfileDir } from '../src/chromium.js';
import { CHROMIUM_ARGS, renderHtml, renderPdf } from '../src/index.js';
import { chromiumPath, hasChromium, loadSample, NO_CHROMIUM_REASON, withCheck } from './helpers.js';

const OUTPUT_DIR = new URL('../test-output/', import.meta.url);

if (!hasChromium) process.stderr.write(`\n[reporter] browser tests skipped: ${NO_CHROMIUM_REASON}\n\n`);

interface PageLog {
  readonly requests: string[];
  readonly failed: string[];
  readonly consoleErrors: string[];
}

function writeOutput(name: string, contents: string | Uint8Array): URL {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const url = new URL(name, OUTPUT_DIR);
  writeFileSync(url, contents);
  return url;
}

/** Text of every page of a PDF, read with pdf.js (no browser involved), whitespace collapsed. */
async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  const texts: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return { pages: document.numPages, text: texts.join(' ').replace(/\s+/g, ' ') };
}

describe.runIf(hasChromium)(`the reports in a real browser (${chromiumPath ?? 'no Chromium'})`, () => {
  let context: BrowserContext;
  let profile: ReturnType<typeof createProfileDir>;
  const sample = loadSample();

  beforeAll(async () => {
    profile = createProfileDir();
    context = await chromium.launchPersistentContext(profile.path, {
      executablePath: chromiumPath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      viewport: { width: 1200, height: 900 },
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    profile?.remove();
  });

  async function open(name: string, html: string): Promise<{ page: Page; log: PageLog }> {
    const url = writeOutput(name, html);
    const page = await context.newPage();
    const log: PageLog = { requests: [], failed: [], consoleErrors: [] };
    page.on('request', (request) => log.requests.push(request.url()));
    page.on('requestfailed', (request) => log.failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
    page.on('console', (message) => {
      if (message.type() === 'error') log.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => log.consoleErrors.push(error.message));
    await page.goto(url.href, { waitUntil: 'load' });
    return { page, log };
  }

  it('shows the title, verdict, section table, evidence and chart, and loads nothing from anywhere', async () => {
    const { page, log } = await open('report.nb.html', renderHtml(sample));
    expect(await page.title()).toBe(
      'Testoppsummering – integrasjon mot ELAN · Fjordinkasso Systemer AS · 26.11.2026 kl. 21:30',
    );
    expect(await page.locator('h1').textContent()).toBe('Testoppsummering – integrasjon mot ELAN');
    expect(await page.locator('#verdict .value').textContent()).toBe('Ikke bestått');

    const rows = page.locator('table.section-table tbody tr');
    expect(await rows.count()).toBe(8);
    expect(await rows.nth(3).locator('td').allTextContents()).toEqual([
      '4. Implementasjon og integrasjon',
      '3',
      '1',
      '1',
      '1',
      '0',
      '6',
    ]);

    const korrelasjonsid = page.locator('code.korrelasjonsid', { hasText: '0d1e2f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3a' });
    await korrelasjonsid.scrollIntoViewIfNeeded();
    expect(await korrelasjonsid.isVisible()).toBe(true);

    const chart = page.locator('svg.section-chart');
    const box = await chart.boundingBox();
    expect(box?.width).toBeGreaterThan(400);
    expect(box?.height).toBeGreaterThan(150);
    expect(await chart.locator('g.chart-row').count()).toBe(7);
    expect(await chart.locator('rect.seg-fail').count()).toBe(2);
    expect(await page.locator('svg.totals-donut circle.arc').count()).toBe(5);

    expect(log.requests).toEqual([pathToFileURL(new URL('report.nb.html', OUTPUT_DIR).pathname).href]);
    expect(log.failed).toEqual([]);
    expect(log.consoleErrors).toEqual([]);

    await page.screenshot({ path: new URL('report.nb.png', OUTPUT_DIR).pathname, fullPage: true });
    await page.screenshot({ path: new URL('report.nb.top.png', OUTPUT_DIR).pathname });
    await page.close();
  });

  it('keeps request and response bodies collapsed until opened', async () => {
    const { page } = await open('report.details.html', renderHtml(sample));
    const details = page.locator('article[data-check="verify-duplicate-submission"] details').last();
    const body = details.locator('pre').last();
    expect(await body.isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await body.isVisible()).toBe(true);
    expect(await body.textContent()).toContain('"eksternSaksreferanse": "UB-2026-0000190"');
    await page.close();
  });

  it('hides navigation when printed', async () => {
    const { page } = await open('report.print.html', renderHtml(sample));
    expect(await page.locator('nav.toc').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    expect(await page.locator('#sign-off').isVisible()).toBe(true);
    await page.close();
  });

  it('is in English with lang en', async () => {
    const { page, log } = await open('report.en.html', renderHtml(sample, { lang: 'en' }));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#verdict .value').textContent()).toBe('Not passed');
    expect(log.consoleErrors).toEqual([]);
    await page.screenshot({ path: new URL('report.en.top.png', OUTPUT_DIR).pathname });
    await page.close();
  });

  it('runs no script and loads nothing even when the run is hostile', async () => {
    const payload = '<img src="http://127.0.0.1:9/x.png" onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const hostile: RunResult = withCheck(
      { ...sample, vendor: { ...sample.vendor, name: payload }, notes: [payload] },
      'verify-full-flow',
      (check) => ({ ...check, title: { nb: payload, en: payload }, findings: [{ code: payload, message: payload }] }),
    );
    const { page, log } = await open('report.hostile.html', renderHtml(hostile));
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('script, img').count()).toBe(0);
    expect(await page.locator('#notes li').textContent()).toBe(payload);
    expect(log.requests).toHaveLength(1);
    expect(log.failed).toEqual([]);
    await page.close();
  });

  it('prints a PDF with pages, the title, the verdict and a korrelasjonsid', async () => {
    const pdf = await renderPdf(sample, { chromium: { executablePath: chromiumPath } });
    writeOutput('report.nb.pdf', pdf);
    const raw = Buffer.from(pdf).toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    const pageObjects = raw.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pageObjects).toBeGreaterThan(2);
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBe(pageObjects);
    expect(text).toContain('Testoppsummering – integrasjon mot ELAN');
    expect(text).toContain('Ikke bestått');
    expect(text).toContain('0d1e2f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3a');
    expect(text).toContain(`Side 1 av ${pages}`);
    expect(text).toContain('Godkjenning');
  }, 60_000);

  it('keeps secrets out of the PDF too', async () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwZGYtdGVzdCJ9.cGRmLXNpZ25hdHVyZS1zZWNyZXQ';
    const leaky = withCheck(sample, 'verify-full-flow', (check) => ({
      ...check,
      findings: [{ code: 'LEAK', message: `token ${jwt} and Authorization: Bearer opaque-pdf-token-123456` }],
    }));
    const { text } = await pdfText(await renderPdf(leaky, { lang: 'en', chromium: { executablePath: chromiumPath } }));
    expect(text).toContain('LEAK');
    expect(text).not.toContain('cGRmLXNpZ25hdHVyZS1zZWNyZXQ');
    expect(text).not.toContain('opaque-pdf-token-123456');
    expect(text).toContain('Page 1 of');
  }, 60_000);
});
