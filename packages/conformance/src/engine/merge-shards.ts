import { type CheckResult, type RunResult, validateRunResult } from '@elan-kit/schemas';
import { allChecks } from '../checks/index.js';
import { ConformanceError } from '../errors.js';
import { describeSelection } from '../presets.js';
import { coverage } from './run-checks.js';
import { summarizeChecks } from './summarize.js';

const STATE_ORDER: ReadonlyArray<RunResult['run']['state']> = ['crashed', 'interrupted', 'completed'];

function refuse(message: string, hint: string): never {
  throw new ConformanceError('ELAN_SHARDS_DO_NOT_MATCH', message, { hint });
}

/** What must be equal in every shard of one run, each with a name for the message. */
function identity(result: RunResult): Array<[string, string]> {
  const selection = result.run.selection;
  return [
    ['kit version', result.kit.version],
    ['contract', JSON.stringify(result.contract)],
    [
      'target',
      // An embedded simulator listens on a new port in every shard: only its kind identifies it.
      JSON.stringify(
        result.target.kind === 'simulator' || result.target.kind === 'vendor'
          ? { kind: result.target.kind }
          : { kind: result.target.kind, baseUrls: result.target.baseUrls },
      ),
    ],
    ['vendor', JSON.stringify(result.vendor)],
    ['selection', JSON.stringify({ preset: selection?.preset, only: selection?.only, skip: selection?.skip })],
    ['shard count', String(result.run.shard?.total ?? 1)],
  ];
}

/**
 * One RunResult from the shards of a run (`run --shard i/n` on n CI runners), as vitest's `--merge-reports` and
 * Playwright's `merge-reports` do: the checks in checklist order, the summary and coverage computed again.
 * Refuses shards of different runs (kit, contract, target, vendor, selection, shard count), a shard given twice,
 * and an incomplete set.
 */
export function mergeShardResults(shards: readonly RunResult[]): RunResult {
  const [first] = shards;
  if (!first) refuse('No shard to merge.', 'Give the RunResult files of every shard.');
  const expected = identity(first);
  for (const shard of shards.slice(1)) {
    identity(shard).forEach(([name, value], i) => {
      const [, wanted] = expected[i] as [string, string];
      if (value !== wanted) {
        refuse(
          `Run ${shard.run.id} is not a shard of the same run as ${first.run.id}: the ${name} differs (${value} ≠ ${wanted}).`,
          'Merge only the shards of one run: the same kit, contract, target, vendor, selection and shard count.',
        );
      }
    });
  }
  const total = first.run.shard?.total ?? 1;
  const indices = shards.map((shard) => shard.run.shard?.index ?? 1);
  const duplicate = indices.find((index, i) => indices.indexOf(index) !== i);
  if (duplicate !== undefined) {
    refuse(`Shard ${duplicate}/${total} is given twice.`, 'Give each shard once.');
  }
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter((index) => !indices.includes(index));
  if (missing.length > 0) {
    refuse(
      `Shard${missing.length > 1 ? 's' : ''} ${missing.map((index) => `${index}/${total}`).join(', ')} missing: the merged result would leave checks out.`,
      'Give the RunResult of every shard (run --shard i/n writes one per shard).',
    );
  }

  const order = new Map(allChecks.map((check, i) => [check.id, i]));
  const checks: CheckResult[] = shards
    .flatMap((shard) => shard.checks)
    .sort((a, b) => (order.get(a.id) ?? order.size) - (order.get(b.id) ?? order.size));
  const ids = checks.map((check) => check.id);
  if (new Set(ids).size !== ids.length) {
    refuse('The shards share a check: they were not split from one selection.', 'Merge the shards of one run only.');
  }
  const selection = describeSelection(
    {
      preset: first.run.selection?.preset ?? 'full',
      only: first.run.selection?.only ?? [],
      skip: first.run.selection?.skip ?? [],
    },
    ids,
    false,
  );
  const startedAt = shards.map((shard) => shard.run.startedAt).sort()[0] ?? first.run.startedAt;
  const finishedAt = shards
    .map((shard) => shard.run.finishedAt ?? shard.run.startedAt)
    .sort()
    .at(-1) as string;
  const notes = [...new Set(shards.flatMap((shard) => shard.notes ?? []))];
  const notesNb = [...new Set(shards.flatMap((shard) => shard.notesNb ?? []))];
  const { shard: _shard, ...run } = first.run;
  const merged: RunResult = {
    ...first,
    run: {
      ...run,
      id: shards.map((shard) => shard.run.id).join('+'),
      startedAt,
      finishedAt,
      durationMs: Math.max(0, Date.parse(finishedAt) - Date.parse(startedAt)),
      state: STATE_ORDER.find((state) => shards.some((shard) => shard.run.state === state)) ?? 'completed',
      selection,
    },
    checks,
    summary: summarizeChecks(checks, { partial: selection.partial }),
    vilkaarCoverage: coverage(first.contract.modelVersion, checks),
    ...(notes.length > 0 ? { notes } : {}),
    ...(notesNb.length > 0 ? { notesNb } : {}),
  };
  const validation = validateRunResult(JSON.parse(JSON.stringify(merged)));
  if (!validation.valid) {
    throw new ConformanceError(
      'ELAN_RUN_RESULT_INVALID',
      `Merging produced an invalid RunResult (a bug in elan-kit): ${validation.errors
        .slice(0, 3)
        .map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`)
        .join('; ')}`,
    );
  }
  return merged;
}
