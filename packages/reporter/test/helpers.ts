import { readFileSync } from 'node:fs';
import type { CheckResult, Exchange, RunResult } from '@elan-kit/schemas';
import { findChromium, parseRunResult } from '../src/index.js';

const SAMPLE_PATH = new URL('./fixtures/run-result.sample.json', import.meta.url);

/** The hand-written sample run: all seven sections, every outcome, evidence, attestations and coverage. */
export function loadSample(): RunResult {
  return parseRunResult(readFileSync(SAMPLE_PATH, 'utf8'), 'run-result.sample.json');
}

/** A deep, mutable copy to derive variants from. */
export function cloneSample(): { -readonly [K in keyof RunResult]: RunResult[K] } {
  return structuredClone(loadSample());
}

export function checkById(result: RunResult, id: string): CheckResult {
  const check = result.checks.find((candidate) => candidate.id === id);
  if (!check) throw new Error(`sample has no check ${id}`);
  return check;
}

export function exchange(overrides: Partial<Exchange> = {}): Exchange {
  return {
    id: 'ex-test',
    time: '2026-11-26T20:30:06.000Z',
    method: 'POST',
    url: 'http://127.0.0.1:43117/api/utleggsbegjaering/v2/utleggsbegjaering',
    status: 201,
    durationMs: 12,
    korrelasjonsid: '11111111-2222-4333-8444-555555555555',
    request: { headers: { 'Content-Type': 'application/json' } },
    response: { headers: { 'Content-Type': 'application/json' }, body: { ok: true } },
    ...overrides,
  };
}

/** Replaces one check of the sample (by id) and returns the new run. */
export function withCheck(result: RunResult, id: string, change: (check: CheckResult) => CheckResult): RunResult {
  return { ...result, checks: result.checks.map((check) => (check.id === id ? change(check) : check)) };
}

/** The local Chromium the browser tests use; they are skipped (with the reason printed) when there is none. */
export const chromiumPath = findChromium({ env: process.env });
export const hasChromium = chromiumPath !== undefined;
export const NO_CHROMIUM_REASON =
  'No local Chromium found (looked at /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome, $CHROMIUM_PATH, $ELAN_KIT_CHROMIUM): install it with "apt-get install chromium" to run the browser tests.';
