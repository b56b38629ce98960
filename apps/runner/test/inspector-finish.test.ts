import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { partsidentifikator } from '@elan-kit/conformance';
import { CHROMIUM_ARGS, findChromium } from '@elan-kit/reporter';
import { loadCanonicalExample, type RunResult } from '@elan-kit/schemas';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bufferedOutput, runCli } from '../src/index.js';

const chromiumPath = findChromium({ env: process.env });

/** What differs between two runs of the same judgement: ids, times, durations. */
function comparable(result: RunResult): unknown {
  return JSON.parse(
    JSON.stringify(result, (key, value) =>
      ['id', 'startedAt', 'finishedAt', 'durationMs'].includes(key) && typeof value !== 'object' ? undefined : value,
    ),
  );
}

describe.runIf(chromiumPath !== undefined)('the inspector served by elan-kit serve', () => {
  const folder = mkdtempSync(join(tmpdir(), 'elan-inspector-finish-'));
  const controller = new AbortController();
  const output = bufferedOutput();
  let done: Promise<number>;
  let url: string;
  let browser: BrowserContext;

  const vendor = { name: 'Eksempel Inkasso AS', orgnr: '312345676', system: 'InkassoPro', systemVersion: '4.2.0' };

  beforeAll(async () => {
    writeFileSync(join(folder, 'elan-kit.config.json'), JSON.stringify({ vendor }));
    done = runCli(['serve', '--port', '0', '--state-dir', join(folder, 'state'), '--model', '2.0'], {
      output,
      cwd: folder,
      env: {},
      stdin: async () => Buffer.alloc(0),
      signal: controller.signal,
    });
    for (let i = 0; i < 1200 && !/Inspector \(open in a browser\): (\S+)\//.test(output.stdout()); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const printed = /Inspector \(open in a browser\): (\S+)\//.exec(output.stdout());
    if (!printed?.[1]) throw new Error(`serve did not print the inspector URL:\n${output.stdout()}${output.stderr()}`);
    url = printed[1];
    mkdirSync(join(folder, 'profile'));
    browser = await chromium.launchPersistentContext(join(folder, 'profile'), {
      executablePath: chromiumPath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      viewport: { width: 1400, height: 900 },
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    controller.abort(new Error('test done'));
    await done;
    rmSync(folder, { recursive: true, force: true });
  });

  async function send(path: string, body: unknown): Promise<number> {
    const token = (await (
      await fetch(`${url}/__admin/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
    ).json()) as { access_token: string };
    const response = await fetch(`${url}/api/utleggsbegjaering/v2${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token.access_token}`,
        'content-type': 'application/json',
        klientid: 'inspector-test',
        korrelasjonsid: randomUUID(),
        meldingsid: randomUUID(),
      },
      body: JSON.stringify(body),
    });
    await response.arrayBuffer();
    return response.status;
  }

  it('prints the page at / of the simulator port and Finish writes what run --target vendor gives for the same traffic', async () => {
    expect(await send('/betjeningskartet', { skyldner: [partsidentifikator('22854508168')] })).toBe(200);
    expect(await send('/valider', loadCanonicalExample('2.0', 'minimal'))).toBe(422);
    expect(await send('/valider', { ...loadCanonicalExample('2.0', 'minimal'), innsenderReferanse: 7 })).toBe(400);

    const page = await browser.newPage();
    await page.goto(`${url}/`);
    await page.locator('.rows .row').nth(2).waitFor({ timeout: 30_000 });
    await page.click('nav button[data-tab="finish"]');
    await page.click('[data-panel="finish"] button.primary');
    const runFileText = await page.locator('[data-run-file]').textContent({ timeout: 60_000 });
    await page.screenshot({ path: screenshot('finish.png') });
    const finished = JSON.parse(readFileSync(runFileText ?? '', 'utf8')) as RunResult;
    expect(finished.checks.length).toBeGreaterThan(0);
    expect(finished.target.kind).toBe('vendor');

    const summary = await page.request.get(`${url}/__inspector/report`);
    expect(summary.status()).toBe(200);
    expect(await summary.text()).toContain('<html');

    const recordings = readdirSync(join(folder, 'elan-kit-report', 'recordings'));
    expect(recordings).toHaveLength(1);
    writeFileSync(
      join(folder, 'vendor.config.json'),
      JSON.stringify({
        vendor,
        vendorTarget: { recordings: join(folder, 'elan-kit-report', 'recordings', recordings[0]!) },
      }),
    );
    const judged = bufferedOutput();
    await runCli(
      [
        'run',
        '--target',
        'vendor',
        '--model',
        '2.0',
        '--config',
        join(folder, 'vendor.config.json'),
        '--out',
        join(folder, 'again'),
        '--json',
      ],
      {
        output: judged,
        cwd: folder,
        env: {},
        stdin: async () => Buffer.alloc(0),
        signal: new AbortController().signal,
      },
    );
    const again = JSON.parse(judged.stdout()) as RunResult;
    expect(comparable(finished)).toEqual(comparable(again));
    expect(finished.summary).toEqual(again.summary);
  }, 180_000);
});

function screenshot(name: string): string {
  const dir = new URL('../test-output/', import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

describe('elan-kit serve --no-ui', () => {
  it('serves no page and prints no inspector URL', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'elan-inspector-off-'));
    const controller = new AbortController();
    const output = bufferedOutput();
    const done = runCli(['serve', '--port', '0', '--state-dir', join(folder, 'state'), '--no-ui'], {
      output,
      cwd: folder,
      env: {},
      stdin: async () => Buffer.alloc(0),
      signal: controller.signal,
    });
    try {
      for (let i = 0; i < 1200 && !/Utleggsbegjæring\s+(http\S+?)\/api/.test(output.stdout()); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const base = /Utleggsbegjæring\s+(http\S+?)\/api/.exec(output.stdout())?.[1];
      expect(base, output.stdout() + output.stderr()).toBeDefined();
      expect(output.stdout()).not.toContain('Inspector');
      const page = await fetch(`${base}/`);
      expect(page.status).toBe(404);
      expect(page.headers.get('content-type')).toContain('problem+json');
      expect((await fetch(`${base}/__inspector/api/v1/about`)).status).toBe(404);
    } finally {
      controller.abort(new Error('test done'));
      await done;
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
