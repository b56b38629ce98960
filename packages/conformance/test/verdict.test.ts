import { validateRunResult } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { type Check, defineCheck } from '../src/engine/check.js';
import { createManualClock } from '../src/engine/clock.js';
import { finding } from '../src/engine/finding.js';
import { fail, pass } from '../src/engine/outcomes.js';
import { runChecks } from '../src/engine/run-checks.js';
import { selectShard } from '../src/engine/shard.js';
import { decideVerdict, unattestedRequired } from '../src/engine/summarize.js';
import { ConformanceError } from '../src/errors.js';
import { createHttpClient } from '../src/http/http-client.js';
import { PRESETS, selectChecks } from '../src/presets.js';
import { subjectFor } from '../src/targets/subject.js';
import { fakeTarget } from './support/fake-target.js';

const MANUAL = new Set(['roles-and-responsibilities', 'test-access-requested', 'production-scope-requested']);

/** A stand-in for every check of the full checklist: automated ones pass, three are required manual steps. */
function checklist(attested: boolean): Check[] {
  return PRESETS.full.map((id) =>
    defineCheck({
      id,
      section: MANUAL.has(id) ? '1' : '4',
      title: { nb: id, en: id },
      description: { nb: 'Test', en: 'Test' },
      severity: 'required',
      reference: 'test',
      run: MANUAL.has(id)
        ? () => ({ status: 'manual', findings: [], attestation: { attested, ...(attested ? { by: 'Kari' } : {}) } })
        : () => pass(),
    }),
  );
}

async function run(options: Partial<Parameters<typeof runChecks>[0]> & { checks: Check[] }) {
  const http = createHttpClient();
  try {
    return await runChecks({
      target: fakeTarget(),
      http,
      clock: createManualClock('2026-03-02T09:00:00Z'),
      ...options,
    });
  } finally {
    await http.close();
  }
}

function errorOf(action: () => unknown): ConformanceError {
  try {
    action();
  } catch (error) {
    if (error instanceof ConformanceError) return error;
    throw error;
  }
  throw new Error('expected a ConformanceError');
}

describe('the verdict says how far a pass goes', () => {
  it('is pass only for the whole checklist with every required step attested', async () => {
    const result = await run({ checks: checklist(true), selection: { preset: 'full' } });
    expect(result.summary.verdict).toBe('pass');
    expect(result.summary.unattestedRequired).toEqual([]);
    expect(result.run.selection).toEqual({
      preset: 'full',
      only: [],
      skip: [],
      selected: PRESETS.full.length,
      available: PRESETS.full.length,
      partial: false,
    });
    expect(validateRunResult(JSON.parse(JSON.stringify(result))).valid).toBe(true);
  });

  it('is pass-unattested while required steps are not attested, and lists them', async () => {
    const result = await run({ checks: checklist(false) });
    expect(result.summary.verdict).toBe('pass-unattested');
    expect(result.summary.unattestedRequired).toEqual(PRESETS.full.filter((id) => MANUAL.has(id)));
  });

  it('is pass-partial for --only, a preset other than full, a skip, or a shard', async () => {
    const all = checklist(true);
    const only = await run({ checks: selectChecks(all, { only: ['flow-full'] }), selection: { only: ['flow-full'] } });
    expect(only.summary.verdict).toBe('pass-partial');
    expect(only.run.selection).toMatchObject({ only: ['flow-full'], selected: 1, partial: true });
    const quick = await run({ checks: selectChecks(all, { preset: 'quick' }), selection: { preset: 'quick' } });
    expect(quick.summary.verdict).toBe('pass-partial');
    const skipped = await run({
      checks: selectChecks(all, { skip: ['flow-full'] }),
      selection: { skip: ['flow-full'] },
    });
    expect(skipped.run.selection).toMatchObject({ skip: ['flow-full'], partial: true });
    const shard = await run({ checks: all, shard: { index: 1, total: 2 } });
    expect(shard.summary.verdict).toBe('pass-partial');
    expect(shard.run.selection?.partial).toBe(true);
    const whole = await run({ checks: all, shard: { index: 1, total: 1 } });
    expect(whole.summary.verdict).toBe('pass');
  });

  it('a failure or an error still wins over the pass variants', () => {
    const manual = { id: 'm', status: 'manual', severity: 'required' } as const;
    expect(decideVerdict([manual, { status: 'fail', severity: 'required' }], { partial: true })).toBe('fail');
    expect(decideVerdict([manual, { status: 'error', severity: 'required' }])).toBe('error');
    expect(decideVerdict([manual], { partial: true })).toBe('pass-partial');
    expect(decideVerdict([manual])).toBe('pass-unattested');
    expect(decideVerdict([{ ...manual, severity: 'recommended' }])).toBe('pass');
    expect(unattestedRequired([manual, { ...manual, id: 'n', attestation: { attested: true } }])).toEqual(['m']);
  });

  it('a recommended failure on the full, attested checklist is still pass', async () => {
    const checks = checklist(true).map((check) =>
      check.id === 'client-polling-interval'
        ? defineCheck({ ...check, severity: 'recommended', run: () => fail([finding('X', { en: 'x', nb: 'x' })]) })
        : check,
    );
    expect((await run({ checks })).summary.verdict).toBe('pass');
  });
});

describe('a selection that runs nothing is a usage error', () => {
  it('--only X --skip X selects no check', () => {
    const error = errorOf(() => selectChecks(checklist(true), { only: ['flow-full'], skip: ['flow-full'] }));
    expect(error.code).toBe('ELAN_SELECTION_EMPTY');
    expect(error.message).toMatch(/only flow-full, minus skip flow-full/);
  });

  it('a shard beyond the number of checks is empty', () => {
    const error = errorOf(() => selectShard(['a', 'b'], { index: 3, total: 3 }));
    expect(error.code).toBe('ELAN_SHARD_INVALID');
    expect(error.message).toMatch(/Shard 3\/3 has no checks: the selection has only 2/);
  });

  it('runChecks refuses an empty list', async () => {
    await expect(run({ checks: [] })).rejects.toMatchObject({ code: 'ELAN_SELECTION_EMPTY' });
  });
});

describe('who is under test', () => {
  it('the embedded simulator is a demonstration of the kit', async () => {
    const result = await run({ checks: checklist(true).slice(0, 1) });
    expect(result.subject).toEqual({ kind: 'kit-reference-client', via: 'kit-client', demonstration: true });
  });

  it('each target kind names its subject; the vendor target says how the system was reached', () => {
    expect(subjectFor('test')).toEqual({ kind: 'test-environment', via: 'kit-client', demonstration: false });
    expect(subjectFor('url')).toEqual({ kind: 'other-server', via: 'kit-client', demonstration: false });
    expect(subjectFor('vendor')).toEqual({ kind: 'vendor-system', via: 'scenario-cards', demonstration: false });
    expect(subjectFor('vendor', 'adapter-http').via).toBe('adapter-http');
  });

  it('records the subject and the target options it is given', async () => {
    const result = await run({
      checks: checklist(true).slice(0, 1),
      target: fakeTarget({ kind: 'vendor', info: { kind: 'vendor', baseUrls: {} } }),
      subject: subjectFor('vendor', 'adapter-command'),
      targetOptions: { adapter: 'command', port: 0, defects: ['always-500'] },
    });
    expect(result.subject).toEqual({ kind: 'vendor-system', via: 'adapter-command', demonstration: false });
    expect(result.target.options).toEqual({ adapter: 'command', port: 0, defects: ['always-500'] });
    expect(validateRunResult(JSON.parse(JSON.stringify(result))).valid).toBe(true);
  });
});
