import type { CheckResult } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import {
  multiplexReporters,
  type PlannedCheck,
  progressReporter,
  type Reporter,
  type RunPlan,
  summaryTable,
} from '../src/index.js';
import { loadSample, withCheck } from './helpers.js';

const sample = loadSample();
const plan: RunPlan = {
  runId: sample.run.id,
  target: sample.target,
  modelVersion: sample.contract.modelVersion,
  checks: sample.checks.map(({ id, section, title, severity }) => ({ id, section, title, severity })),
};

async function replay(reporter: Reporter, checks: readonly CheckResult[] = sample.checks): Promise<void> {
  await reporter.onRunStart?.(plan);
  for (const result of checks) {
    const check: PlannedCheck = {
      id: result.id,
      section: result.section,
      title: result.title,
      severity: result.severity,
    };
    await reporter.onCheckStart?.(check);
    await reporter.onCheckEnd?.(check, result);
  }
  await reporter.onRunEnd?.(sample);
}

function recorder(name: string, calls: string[]): Reporter {
  return {
    name,
    onRunStart: (started) => void calls.push(`${name}:start:${started.checks.length}`),
    onCheckEnd: (check) => void calls.push(`${name}:end:${check.id}`),
    onRunEnd: async (result) => {
      await Promise.resolve();
      calls.push(`${name}:done:${result.summary.verdict}`);
    },
  };
}

describe('multiplexReporters', () => {
  it('calls every reporter in order and awaits async hooks', async () => {
    const calls: string[] = [];
    await replay(multiplexReporters([recorder('a', calls), recorder('b', calls)]), sample.checks.slice(0, 1));
    expect(calls).toEqual([
      'a:start:25',
      'b:start:25',
      'a:end:prep-roles-and-responsibilities',
      'b:end:prep-roles-and-responsibilities',
      'a:done:fail',
      'b:done:fail',
    ]);
  });

  it('records a throwing or rejecting reporter and keeps the run and the other reporters going', async () => {
    const calls: string[] = [];
    const seen: string[] = [];
    const broken: Reporter = {
      name: 'broken',
      onRunStart: () => {
        throw new Error('boom at start');
      },
      onCheckEnd: async () => Promise.reject(new Error('boom at end')),
    };
    const multiplexer = multiplexReporters([broken, recorder('ok', calls)], {
      onFailure: (failure) => seen.push(`${failure.reporter}/${failure.hook}`),
    });
    await expect(replay(multiplexer, sample.checks.slice(0, 2))).resolves.toBeUndefined();
    expect(calls).toEqual([
      'ok:start:25',
      'ok:end:prep-roles-and-responsibilities',
      'ok:end:prep-documentation-read',
      'ok:done:fail',
    ]);
    expect(
      multiplexer.failures.map((failure) => [failure.reporter, failure.hook, (failure.error as Error).message]),
    ).toEqual([
      ['broken', 'onRunStart', 'boom at start'],
      ['broken', 'onCheckEnd', 'boom at end'],
      ['broken', 'onCheckEnd', 'boom at end'],
    ]);
    expect(seen).toEqual(['broken/onRunStart', 'broken/onCheckEnd', 'broken/onCheckEnd']);
  });

  it('survives a failure handler that throws, and names unnamed reporters by position', async () => {
    const multiplexer = multiplexReporters(
      [
        {
          onRunEnd: () => {
            throw new Error('x');
          },
        },
      ],
      {
        onFailure: () => {
          throw new Error('handler broke');
        },
      },
    );
    await expect(multiplexer.onRunEnd(sample)).resolves.toBeUndefined();
    expect(multiplexer.failures[0]?.reporter).toBe('reporter 1');
  });
});

describe('progressReporter', () => {
  it('prints one line per finished check, with the finding and korrelasjonsid for failures', async () => {
    const lines: string[] = [];
    await replay(progressReporter({ err: (text) => lines.push(text), interactive: false }));
    const output = lines.join('\n');
    expect(lines[0]).toBe('Starter 25 kontroller (kjøring run-20261126-203005-7f3a)');
    expect(output).not.toContain('\u001b');
    expect(output).toContain('  ✓ [ 3/25] 2. auth-maskinporten-token  Token hentes fra Maskinporten (412 ms)');
    expect(output).toContain(
      '  ✗ [19/25] 5. verify-duplicate-submission  Duplikat innsending avvises (655 ms)\n      HTTP_STATUS: Forventet 422 med DUPLIKAT_INNSENDING ved andre innsending, fikk 201 Created. (Korrelasjonsid 0d1e2f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3a)',
    );
    expect(output).toContain('  ! [15/25] 4. impl-status-paa-sak  Status på sak (9,1 s)');
    expect(lines.at(-1)).toBe('Ferdig på 1 min 43 s: Ikke bestått');
    // Start line, one entry per check (a failure's finding is on the same entry), the closing line.
    expect(lines).toHaveLength(1 + 25 + 1);
  });

  it('redraws a "running" line on a TTY and uses colour', async () => {
    const writes: string[] = [];
    const reporter = progressReporter({ err: (text) => writes.push(text), interactive: true }, { lang: 'en' });
    await replay(reporter, sample.checks.slice(2, 3));
    expect(writes[1]).toBe(
      '\u001b[90m  … [ 1/25] auth-maskinporten-token  A token is fetched from Maskinporten – running\u001b[0m',
    );
    expect(writes[2]?.startsWith('\u001b[1A\u001b[2K  \u001b[32m✓\u001b[0m [ 1/25] 2. auth-maskinporten-token')).toBe(
      true,
    );
    expect(writes.at(-1)).toBe('Done in 1 min 43 s: \u001b[31mNot passed\u001b[0m');
  });
});

describe('summaryTable', () => {
  it('is a plain-text table per checklist item with totals, verdict and deviations', () => {
    const table = summaryTable(sample).split('\n');
    expect(table[0]).toBe('Punkt                             Bestått  Feilet  Feil  Hoppet over  Manuell  Totalt');
    expect(table[5]).toBe('4. Implementasjon og integrasjon        3       1     1            1        0       6');
    expect(table[10]).toBe('Totalt                                 13       2     1            2        7      25');
    expect(table).toContain(
      'Resultat: Ikke bestått – Én eller flere påkrevde kontroller feilet: systemet som testes, bryter kontrakten.',
    );
    expect(table).toContain(
      '  Feil i verktøy eller miljø · Påkrevd · impl-status-paa-sak: ENV_UPSTREAM_UNAVAILABLE: Testmiljøet svarte 503 Service Unavailable tre ganger; kontrollen kunne ikke fullføres. (Korrelasjonsid 5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b)',
    );
  });

  it("lists the run's notes (tolerances, target remarks) under the deviations, at most five", () => {
    const notes = Array.from({ length: 7 }, (_, i) => `note ${i + 1}`);
    const table = summaryTable({ ...sample, notes }).split('\n');
    const at = table.indexOf('Merknader:');
    expect(table.slice(at + 1)).toEqual(['  note 1', '  note 2', '  note 3', '  note 4', '  note 5', '  … +2']);
    expect(summaryTable({ ...sample, notes: [] })).not.toContain('Merknader');
  });

  it('gives the notes in bokmål where the run has them, and in English in an English summary', () => {
    const run = { ...sample, notes: ['Accepted 409.', 'Only English.'], notesNb: ['Godtok 409.', ''] };
    const nb = summaryTable(run).split('\n');
    expect(nb.slice(nb.indexOf('Merknader:') + 1)).toEqual(['  Godtok 409.', '  Only English.']);
    const en = summaryTable(run, 'en').split('\n');
    expect(en.slice(en.indexOf('Notes:') + 1)).toEqual(['  Accepted 409.', '  Only English.']);
  });

  it('gives the failure itself as the reason, not an informational note that comes first', () => {
    const run = withCheck(sample, 'verify-duplicate-submission', (check) => ({
      ...check,
      findings: [{ code: 'OBSERVED_CLIENT', severity: 'info', message: 'Judged 3 exchanges.' }, ...check.findings],
    }));
    const line = summaryTable(run)
      .split('\n')
      .find((text) => text.includes('verify-duplicate-submission'));
    expect(line).toMatch(/verify-duplicate-submission: HTTP_STATUS: Forventet 422/);
    expect(line).not.toMatch(/OBSERVED_CLIENT/);
  });

  it('is in English with lang en', () => {
    expect(summaryTable(sample, 'en').split('\n')[0]).toBe(
      'Item                               Passed  Failed  Error  Skipped  Manual  Total',
    );
  });
});
