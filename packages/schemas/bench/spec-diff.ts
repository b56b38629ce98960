/**
 * Time of `elan-kit spec diff` on whole contracts: the bundled Utleggsbegjæring model versions compared operation by
 * operation, and the mapping of an official document. Target: two whole contracts in under 10 s on the 2-core machine.
 *
 *   pnpm --filter @elan-kit/schemas bench
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compareContracts, loadOfficialSpecs, resolveDiffSource } from '../src/index.js';

async function timed(label: string, run: () => Promise<string>): Promise<void> {
  const start = performance.now();
  const detail = await run();
  const seconds = (performance.now() - start) / 1000;
  process.stdout.write(`${label.padEnd(58)} ${seconds.toFixed(2).padStart(8)} s      (${detail})\n`);
}

for (const [older, newer] of [
  ['bundled:0.9', 'bundled:1.0'],
  ['bundled:1.0', 'bundled:2.0'],
]) {
  await timed(`spec diff ${older} ${newer}`, async () => {
    const before = await resolveDiffSource(older as string);
    const diff = compareContracts(before, await resolveDiffSource(newer as string, before));
    return `${diff.counts.breaking} breaking, ${diff.counts['non-breaking']} non-breaking`;
  });
}

const official = join(import.meta.dirname, '..', 'test', 'fixtures', 'official', 'utleggsbegjaering-2023.yaml');
await timed('loadOfficialSpecs (2023 document, mapped onto 2.0)', async () => {
  const [spec] = await loadOfficialSpecs([{ file: official }], { modelVersion: '2.0' });
  return `${spec?.mapping.entries.filter((entry) => entry.official).length ?? 0} operations mapped`;
});
