import { validateRunResult } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { type Check, defineCheck } from '../src/engine/check.js';
import { createManualClock } from '../src/engine/clock.js';
import { finding } from '../src/engine/finding.js';
import type { RunListener } from '../src/engine/listeners.js';
import { fail, pass, skip } from '../src/engine/outcomes.js';
import { runChecks } from '../src/engine/run-checks.js';
import { parseShard, selectShard } from '../src/engine/shard.js';
import { decideVerdict, rollUpStatus } from '../src/engine/summarize.js';
import { NonSyntheticDataError, RunStoppedError } from '../src/errors.js';
import { createHttpClient } from '../src/http/http-client.js';
import { fakeTarget } from './support/fake-target.js';

function check(id: string, run: Check['run'], extra: Partial<Check> = {}): Check {
  return defineCheck({
    id,
    section: '4',
    title: { nb: `Sjekk ${id}`, en: `Check ${id}` },
    description: { nb: 'Test', en: 'Test' },
    severity: 'required',
    reference: 'test',
    run,
    ...extra,
  });
}

async function run(checks: Check[], options: Partial<Parameters<typeof runChecks>[0]> = {}) {
  const http = createHttpClient();
  try {
    return await runChecks({
      checks,
      target: fakeTarget(),
      http,
      clock: createManualClock('2026-03-02T09:00:00Z'),
      ...options,
    });
  } finally {
    await http.close();
  }
}

describe('runChecks outcomes', () => {
  it('records each outcome and validates against the RunResult schema', async () => {
    const result = await run([
      check('a-pass', () => pass()),
      check('b-fail', () => fail([finding('X', { en: 'broken', nb: 'i stykker' })])),
      check('c-skip', () => skip('NOPE', { en: 'not today', nb: 'ikke i dag' })),
      check('d-manual', () => ({ status: 'manual', attestation: { attested: true, by: 'Kari' }, findings: [] }), {
        section: '1',
      }),
    ]);
    expect(result.checks.map((c) => c.status)).toEqual(['pass', 'fail', 'skip', 'manual']);
    expect(result.checks[1]?.findings[0]).toMatchObject({ code: 'X', message: 'broken', messageNb: 'i stykker' });
    expect(result.summary).toMatchObject({ total: 4, pass: 1, fail: 1, skip: 1, manual: 1, verdict: 'fail' });
    expect(result.summary.bySection['1']).toMatchObject({ total: 1, manual: 1 });
    expect(result.run.state).toBe('completed');
    expect(validateRunResult(JSON.parse(JSON.stringify(result))).valid).toBe(true);
  });

  it('turns a thrown error into an error outcome with the message, and keeps going', async () => {
    const result = await run([
      check('throws', () => {
        throw new Error('kaboom in check');
      }),
      check('after', () => pass()),
    ]);
    expect(result.checks[0]).toMatchObject({ status: 'error' });
    expect(result.checks[0]?.findings[0]?.message).toMatch(/kaboom in check/);
    expect(result.checks[0]?.findings[0]?.messageNb).toBe('Kontrollen kunne ikke fullføres: kaboom in check');
    expect(result.checks[1]?.status).toBe('pass');
    expect(result.summary.verdict).toBe('error');
  });

  it('skips checks whose targets do not include the run target', async () => {
    const result = await run([check('only-test', () => pass(), { targets: ['test'] })]);
    expect(result.checks[0]).toMatchObject({ status: 'skip' });
    expect(result.checks[0]?.findings[0]).toMatchObject({
      code: 'NOT_APPLICABLE',
      message: 'Not applicable to the simulator target (applies to: test).',
      messageNb: 'Gjelder ikke for testmålet simulator (gjelder for: test).',
    });
  });

  it('a recommended failure does not fail the verdict', async () => {
    const result = await run([
      check('req', () => pass()),
      check('rec', () => fail([finding('X', { en: 'meh', nb: 'tja' })]), { severity: 'recommended' }),
    ]);
    expect(result.summary.fail).toBe(1);
    // Two custom checks are not the checklist: the run passed what it ran, and says it was partial.
    expect(result.summary.verdict).toBe('pass-partial');
  });

  it('a listener that throws is noted and does not stop the run', async () => {
    const seen: string[] = [];
    const broken: RunListener = {
      name: 'broken',
      onCheckEnd: () => {
        throw new Error('reporter bug');
      },
    };
    const good: RunListener = {
      onRunStart: (plan) => void seen.push(`start:${plan.checks.length}`),
      onCheckStart: (c) => void seen.push(`begin:${c.id}`),
      onCheckEnd: (c, r) => void seen.push(`end:${c.id}:${r.status}`),
      onRunEnd: (r) => void seen.push(`done:${r.summary.verdict}`),
    };
    const result = await run([check('one', () => pass())], { listeners: [broken, good] });
    expect(seen).toEqual(['start:1', 'begin:one', 'end:one:pass', 'done:pass-partial']);
    expect(result.notes?.some((n) => /broken.*onCheckEnd.*reporter bug/.test(n))).toBe(true);
    expect(result.notesNb?.some((n) => /^Rapportskriveren «broken» feilet i onCheckEnd: .*reporter bug/.test(n))).toBe(
      true,
    );
  });
});

describe('interruption', () => {
  it('marks the running check and the rest unfinished, and still returns a valid result', async () => {
    const controller = new AbortController();
    const result = await run(
      [
        check('first', () => pass()),
        check('hangs', () => {
          setTimeout(() => controller.abort(new Error('received SIGINT')), 5);
          return new Promise(() => {});
        }),
        check('never', () => pass()),
      ],
      { signal: controller.signal },
    );
    expect(result.run.state).toBe('interrupted');
    expect(result.checks.map((c) => [c.id, c.status, c.unfinished ?? false])).toEqual([
      ['first', 'pass', false],
      ['hangs', 'error', true],
      ['never', 'skip', true],
    ]);
    expect(result.checks[1]?.findings[0]?.message).toMatch(/SIGINT/);
    expect(result.checks[1]?.findings[0]?.messageNb).toMatch(
      /^Kjøringen ble avbrutt mens denne kontrollen kjørte \(.*SIGINT/,
    );
    expect(result.checks[2]?.findings[0]?.messageNb).toBe('Ikke kjørt: kjøringen ble avbrutt før den kom hit.');
    expect(validateRunResult(JSON.parse(JSON.stringify(result))).valid).toBe(true);
  });

  it('a guard refusal stops the run with the partial result attached', async () => {
    const promise = run([
      check('sends-real-data', () => {
        throw new NonSyntheticDataError('/saksoekt/0/verdi', 'fødselsnummer', 'https://api-test.sits.no/x');
      }),
      check('later', () => pass()),
    ]);
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunStoppedError);
    const stopped = error as RunStoppedError;
    expect(stopped.code).toBe('ELAN_NON_SYNTHETIC_DATA');
    expect(stopped.result.run.state).toBe('crashed');
    expect(stopped.result.checks[0]?.findings[0]?.pointer).toBe('/saksoekt/0/verdi');
    expect(stopped.result.checks[1]).toMatchObject({ status: 'skip', unfinished: true });
    expect(validateRunResult(JSON.parse(JSON.stringify(stopped.result))).valid).toBe(true);
  });
});

describe('sharding', () => {
  const ids = Array.from({ length: 10 }, (_, i) => `c${i}`);

  it('splits deterministically into disjoint, covering, balanced shards', () => {
    const shards = [1, 2, 3].map((index) => selectShard(ids, { index, total: 3 }));
    expect(shards.flat()).toEqual(ids);
    expect(shards.map((s) => s.length)).toEqual([4, 3, 3]);
    expect(selectShard(ids, { index: 2, total: 3 })).toEqual(shards[1]);
  });

  it('parses i/n and rejects nonsense', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, total: 3 });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1-2']) expect(() => parseShard(bad)).toThrow(/Invalid shard/);
  });

  it('records the shard in the run', async () => {
    const result = await run(
      ids.map((id) => check(id, () => pass())),
      { shard: { index: 3, total: 3 } },
    );
    expect(result.checks.map((c) => c.id)).toEqual(['c7', 'c8', 'c9']);
    expect(result.run.shard).toEqual({ index: 3, total: 3 });
  });
});

describe('roll-up and verdict', () => {
  it('uses fixed precedence fail > error > pass > manual > skip', () => {
    expect(
      rollUpStatus([
        { status: 'pass', severity: 'required' },
        { status: 'error', severity: 'required' },
      ]),
    ).toBe('error');
    expect(
      rollUpStatus([
        { status: 'error', severity: 'required' },
        { status: 'fail', severity: 'required' },
      ]),
    ).toBe('fail');
    expect(
      rollUpStatus([
        { status: 'skip', severity: 'required' },
        { status: 'manual', severity: 'required' },
      ]),
    ).toBe('manual');
    expect(rollUpStatus([])).toBe('skip');
  });

  it('never lets a recommended check fail a section whose required checks pass', () => {
    expect(
      rollUpStatus([
        { status: 'pass', severity: 'required' },
        { status: 'fail', severity: 'recommended' },
      ]),
    ).toBe('pass');
    expect(decideVerdict([{ status: 'error', severity: 'recommended' }])).toBe('pass');
    expect(
      decideVerdict([
        { status: 'error', severity: 'required' },
        { status: 'pass', severity: 'required' },
      ]),
    ).toBe('error');
  });

  it('rejects check ids that are not kebab-case', () => {
    expect(() => check('Not_Kebab', () => pass())).toThrow(/kebab-case/);
  });
});
