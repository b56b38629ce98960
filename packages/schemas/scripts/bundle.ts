/**
 * Bundles every OpenAPI source document under contracts/openapi/ into one self-contained JSON file per
 * contract under contracts/bundled/ (the files `loadContract` reads). The bundles are committed; the
 * contract-bundle test fails when running this script would change them.
 *
 *   pnpm --filter @elan-kit/schemas bundle            # all contracts
 *   pnpm --filter @elan-kit/schemas bundle status     # only some (names as in redocly.yaml)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundle, loadConfig, type NormalizedProblem } from '@redocly/openapi-core';
import { BUNDLED_CONTRACTS } from '../src/contract/registry.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

export interface RenderedBundle {
  readonly name: string;
  /** Absolute path of the bundle file. */
  readonly file: string;
  readonly json: string;
  readonly problems: readonly NormalizedProblem[];
}

/** Bundles in memory; nothing is written. */
export async function renderBundles(names?: readonly string[]): Promise<RenderedBundle[]> {
  const config = await loadConfig({ configPath: `${packageRoot}redocly.yaml` });
  const entries = BUNDLED_CONTRACTS.filter((entry) => !names || names.length === 0 || names.includes(entry.name));
  const rendered: RenderedBundle[] = [];
  for (const entry of entries) {
    const result = await bundle({
      ref: `${packageRoot}contracts/openapi/${entry.source}`,
      config: config.forAlias(entry.name),
    });
    rendered.push({
      name: entry.name,
      file: `${packageRoot}contracts/bundled/${entry.name}.json`,
      json: `${JSON.stringify(result.bundle.parsed, null, 2)}\n`,
      problems: result.problems.filter((problem) => problem.severity === 'error'),
    });
  }
  return rendered;
}

async function main(names: readonly string[]): Promise<number> {
  const rendered = await renderBundles(names);
  let failed = false;
  mkdirSync(`${packageRoot}contracts/bundled`, { recursive: true });
  for (const result of rendered) {
    if (result.problems.length > 0) {
      failed = true;
      for (const problem of result.problems) {
        const where = problem.location[0];
        process.stderr.write(
          `${result.name}: ${problem.message} (${where?.source.absoluteRef ?? ''}#${where?.pointer ?? ''})\n`,
        );
      }
      continue;
    }
    writeFileSync(result.file, result.json);
    process.stdout.write(`bundled ${result.name} → contracts/bundled/${result.name}.json\n`);
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
