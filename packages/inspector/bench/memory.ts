/**
 * Memory of a simulator with the inspector open while 10 000 exchanges are recorded: the server runs in a child
 * process (its RSS and peak RSS are read from /proc), the page is open in Chromium when one is found (its JS heap is
 * read over the DevTools protocol), and an event-stream reader stands in for the page otherwise.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { CHROMIUM_ARGS, findChromium } from '@elan-kit/reporter';
import { loadCanonicalExample } from '@elan-kit/schemas';
import { chromium } from 'playwright-core';

const EXCHANGES = Number(process.env.EXCHANGES ?? 10_000);
const CONCURRENCY = 8;

const child = spawn(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', new URL('./serve-with-inspector.ts', import.meta.url).pathname],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const first = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
const { url, token, clientId } = JSON.parse(first) as { url: string; token: string; clientId: string };

const mib = (kib: number) => Math.round((kib / 1024) * 10) / 10;
function memory(): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: mib(field('VmRSS')), peak: mib(field('VmHWM')) };
}

const withInspector = process.env.INSPECTOR !== 'off';
const chromiumPath = withInspector ? findChromium({ env: process.env }) : undefined;
const browser = chromiumPath
  ? await chromium.launch({ executablePath: chromiumPath, headless: true, args: [...CHROMIUM_ARGS] })
  : undefined;
const page = await browser?.newPage({ viewport: { width: 1400, height: 900 } });
await page?.goto(`${url}/`);
await page?.locator('.connection.live').waitFor({ timeout: 60_000 });
const stream = page || !withInspector ? undefined : new AbortController();
if (stream) {
  const response = await fetch(`${url}/__inspector/api/v1/events`, { signal: stream.signal });
  void (async () => {
    for await (const _ of response.body as AsyncIterable<Uint8Array>) {
    }
  })().catch(() => {});
}

const before = memory();
const minimal = JSON.stringify(loadCanonicalExample('2.0', 'minimal'));
const base = `${url}/api/utleggsbegjaering/v2`;
let sent = 0;
const started = performance.now();
async function worker(): Promise<void> {
  while (sent < EXCHANGES) {
    const n = sent++;
    const headers = {
      authorization: `Bearer ${token}`,
      klientid: clientId,
      korrelasjonsid: randomUUID(),
      meldingsid: randomUUID(),
      'content-type': 'application/json',
    };
    const response =
      n % 2 === 0
        ? await fetch(`${base}/valider`, { method: 'POST', headers, body: minimal })
        : await fetch(`${base}/status/TEST_SAK_OPPRETTET`, { headers });
    await response.arrayBuffer();
    // Stay under the simulator's per-client rate limit: the benchmark measures memory, not throttling.
    if (n % 400 === 0) await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
await Promise.all(Array.from({ length: CONCURRENCY }, worker));
const seconds = (performance.now() - started) / 1000;
await new Promise((resolve) => setTimeout(resolve, 2000));
const after = memory();

let pageHeap: number | undefined;
let rows: number | undefined;
if (page) {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const metrics = (await session.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const used = metrics.metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value;
  pageHeap = used === undefined ? undefined : Math.round((used / 1024 / 1024) * 10) / 10;
  rows = await page.locator('.rows .row').count();
}

process.stdout.write(
  [
    `inspector memory benchmark: ${EXCHANGES} exchanges in ${seconds.toFixed(1)} s, ${withInspector ? `the page ${page ? 'open in Chromium' : 'replaced by an event-stream reader'}` : 'without the inspector'}`,
    `  serve RSS before ${before.rss} MiB, after ${after.rss} MiB, peak ${after.peak} MiB`,
    ...(pageHeap === undefined ? [] : [`  page JS heap after GC ${pageHeap} MiB, ${rows} journal rows in the DOM`]),
    '',
  ].join('\n'),
);
stream?.abort();
await browser?.close();
child.kill('SIGTERM');
