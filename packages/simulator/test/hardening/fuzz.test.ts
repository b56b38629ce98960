import { randomUUID } from 'node:crypto';
import type { Agent } from 'node:http';
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, loadExample } from '../helpers.js';
import { V2 } from './support/corpus.js';
import {
  checkPrototypes,
  type FuzzHarness,
  runFuzzCase,
  snapshotPrototypes,
  startFuzzHarness,
} from './support/fuzz-harness.js';
import { type FuzzCase, fuzzCaseArbitrary, POLLUTION_FRAGMENT } from './support/mutations.js';
import { createAgent } from './support/send.js';

const LIMITS = { bodyBytes: 256 * 1024, attachmentBytes: 256 * 1024 };
/** Generous: an answer slower than this on loopback means a hung connection, not a slow machine. */
const ANSWER_BOUND_MS = 15_000;

let harness: FuzzHarness;
let agent: Agent;
let victimBefore: unknown;
let prototypesBefore: Record<string, string[]>;

beforeAll(async () => {
  prototypesBefore = snapshotPrototypes();
  harness = await startFuzzHarness({ v2Model: '1.0', limits: LIMITS });
  agent = createAgent(4);
  victimBefore = await harness.readVictimState();
});

afterAll(async () => {
  agent.destroy();
  await harness.close();
});

const seedIndex = (label: string) => {
  const index = harness.corpus.findIndex((seed) => seed.label === label);
  if (index < 0) throw new Error(`no seed ${label}`);
  return index;
};

function base(label: string): FuzzCase {
  return {
    seed: seedIndex(label),
    edit: { kind: 'none' },
    envelope: { kind: 'as-is' },
    credentials: 'valid',
    headers: 'complete',
    target: { kind: 'seed', fill: 'own' },
  };
}

async function expectAnswer(fuzz: FuzzCase, statuses: number[]) {
  const result = await runFuzzCase(harness, fuzz, agent, ANSWER_BOUND_MS);
  expect(result.problems, `${result.prepared.label}: ${result.problems.join('; ')}`).toEqual([]);
  expect(result.outcome.kind).toBe('answer');
  if (result.outcome.kind === 'answer') expect(statuses).toContain(result.outcome.answer.status);
  return result;
}

describe('fuzzing the simulator over HTTP', () => {
  it('answers every mutated payload, envelope, credential and path within the bound: no 5xx, ProblemDetail errors with the right status', async () => {
    await fc.assert(
      fc.asyncProperty(fuzzCaseArbitrary(harness.corpus.length, { huge: 320 * 1024 }), async (fuzz) => {
        const result = await runFuzzCase(harness, fuzz, agent, ANSWER_BOUND_MS);
        expect(result.problems, `${result.prepared.method} ${result.prepared.path} (${result.prepared.label})`).toEqual(
          [],
        );
      }),
      { numRuns: 250, seed: 20261107 },
    );
  });

  it('sends every seed unmutated to its endpoint and gets a contract answer', async () => {
    for (let seed = 0; seed < harness.corpus.length; seed++) {
      const result = await runFuzzCase(harness, { ...base(harness.corpus[0]!.label), seed }, agent, ANSWER_BOUND_MS);
      expect(result.problems, result.prepared.label).toEqual([]);
    }
  });

  it('answers 10 000 levels of nesting with 400, in arrays and objects', async () => {
    for (const bracket of ['array', 'object'] as const) {
      await expectAnswer(
        {
          ...base('example 1.0/minimal → validerNyBegjaering'),
          edit: { kind: 'replace', at: 1, fragment: { kind: 'deep', depth: 10_000, bracket } },
        },
        [400],
      );
    }
  });

  it('answers invalid UTF-8 and truncated JSON with 400, a wrong content type with 415, a body past the limit with 413', async () => {
    const seed = 'example 1.0/complex → validerNyBegjaering';
    for (let sequence = 0; sequence < 7; sequence++) {
      await expectAnswer({ ...base(seed), envelope: { kind: 'invalid-utf8', fraction: 0.5, sequence } }, [400]);
    }
    await expectAnswer({ ...base(seed), envelope: { kind: 'truncate', fraction: 0.5 } }, [400]);
    await expectAnswer({ ...base(seed), envelope: { kind: 'content-type', value: 'text/plain' } }, [415]);
    await expectAnswer({ ...base(seed), envelope: { kind: 'content-type', value: null } }, [415]);
    await expectAnswer(
      { ...base(seed), edit: { kind: 'replace', at: 3, fragment: { kind: 'huge-string', length: LIMITS.bodyBytes } } },
      [413],
    );
    await expectAnswer(
      {
        ...base(seed),
        envelope: { kind: 'chunked', pieces: 5 },
        edit: { kind: 'replace', at: 3, fragment: { kind: 'huge-string', length: LIMITS.bodyBytes } },
      },
      [413],
    );
  });

  it('answers a Latin-1 "ø" inside a JSON string with 400 (JSON must be UTF-8), not by guessing', async () => {
    const text = JSON.stringify({ ...loadExample('1.0', 'minimal'), underskrift: 'Bjørn' });
    const at = Buffer.from(text).indexOf(Buffer.from('ø'));
    const latin1 = Buffer.concat([
      Buffer.from(text).subarray(0, at),
      Buffer.from([0xf8]),
      Buffer.from(text).subarray(at + 2),
    ]);
    const result = await call(`${harness.simulator.url}${V2}/valider`, {
      token: harness.context.token,
      rawBody: latin1,
      headers: { 'content-type': 'application/json' },
    });
    expect(result.status).toBe(400);
    expect(result.body.detail).toMatch(/UTF-8/);
  });

  it('keeps duplicate keys and __proto__/constructor/prototype keys as data: a contract answer and no pollution', async () => {
    for (const key of ['__proto__', 'constructor', 'prototype', 'innsenderReferanse']) {
      for (let at = 0; at < 6; at++) {
        await expectAnswer(
          {
            ...base('example 1.0/complex → validerNyBegjaering'),
            edit: { kind: 'add-key', at, key, fragment: { kind: 'json', text: POLLUTION_FRAGMENT } },
          },
          [204, 400, 422],
        );
      }
    }
    await expectAnswer(
      {
        ...base('example 1.0/minimal → validerNyBegjaering'),
        edit: { kind: 'duplicate-key', at: 0, fragment: { kind: 'json', text: POLLUTION_FRAGMENT } },
      },
      [400, 422],
    );
    expect(checkPrototypes(prototypesBefore)).toEqual([]);
  });

  it("refuses the fuzzing client every read and change of the other organisation's case and attachment", async () => {
    for (const label of [
      'hentBegjaering',
      'hentStatusPaaSak',
      'hentVedlegg',
      'slettVedlegg',
      'example 1.0/minimal → endreBegjaering',
      'example 1.0/minimal → validerEndretBegjaering',
    ]) {
      const result = await expectAnswer({ ...base(label), target: { kind: 'seed', fill: 'victim' } }, [400, 403, 404]);
      expect(result.prepared.path).toMatch(/VICTIM|[0-9a-f-]{36}|UTLBGJ/i);
    }
  });

  it('keeps serving while a chunked body stalls, and cleans up when its client gives up', async () => {
    const url = new URL(harness.simulator.url);
    const socket = connect(Number(url.port), url.hostname);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const stalled: string[] = [];
    socket.on('data', (chunk) => stalled.push(chunk.toString()));
    socket.write(
      [
        `POST ${V2}/valider HTTP/1.1`,
        `Host: ${url.host}`,
        `Authorization: Bearer ${harness.context.token}`,
        'Klientid: stall',
        `Korrelasjonsid: ${randomUUID()}`,
        `Meldingsid: ${randomUUID()}`,
        'Content-Type: application/json',
        'Transfer-Encoding: chunked',
        '',
        '5',
        '{"inn',
        '',
      ].join('\r\n'),
    );
    for (let i = 0; i < 10; i++) await expectAnswer(base('hentStatusPaaSak'), [200, 404]);
    expect(stalled).toEqual([]);
    socket.destroy();
    await expectAnswer(base('example 1.0/minimal → validerNyBegjaering'), [204, 422]);
    const aborted = harness.simulator.admin.recordings
      .list()
      .filter((exchange) => exchange.request.headers.klientid === 'stall');
    expect(aborted).toHaveLength(1);
    expect(aborted[0]).toMatchObject({ error: 'request aborted by the client' });
    expect(aborted[0]?.status).toBeUndefined();
  });

  it("leaves the other organisation's case and attachment unchanged, no prototype polluted and no internal error", async () => {
    expect(await harness.readVictimState()).toEqual(victimBefore);
    expect(checkPrototypes(prototypesBefore)).toEqual([]);
    expect({} as Record<string, unknown>).not.toHaveProperty('polluted');
    const failures = harness.simulator.admin.recordings.list().filter((exchange) => (exchange.status ?? 0) >= 500);
    expect(failures.map((exchange) => `${exchange.method} ${exchange.url} ${exchange.status}`)).toEqual([]);
    expect(harness.simulator.admin.state().internalErrors).toBe(0);
  });
});
