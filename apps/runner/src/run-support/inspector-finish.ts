import { join } from 'node:path';
import { allChecks, createHttpClient, selectChecks } from '@elan-kit/conformance';
import type { FinishResult } from '@elan-kit/inspector';
import type { Exchange, OfficialSpec } from '@elan-kit/schemas';
import { writeFileInside } from '@elan-kit/simulator/safe-fs';
import { CONFIG_FILE_NAMES } from '../config/load-config.js';
import type { ResolvedConfig } from '../config/types.js';
import { executeRun } from './execute-run.js';
import { readRecordings } from './read-recordings.js';
import { requireVendorDetails } from './require-vendor.js';
import { prepareOutDir } from './write-run.js';

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * The inspector's Finish: the traffic becomes recordings (a JSON Lines file), which are read back and judged exactly
 * as `elan-kit run --target vendor` judges recordings, with the checks the config selects.
 */
export function inspectorFinish(
  config: ResolvedConfig,
  context: {
    readonly cwd: string;
    /** The official documents the server judges by (`--spec`), so Finish judges by them too. */
    readonly specs: readonly OfficialSpec[];
    readonly recordingsFile: (exchanges: readonly Exchange[]) => Promise<string>;
  },
): (exchanges: readonly Exchange[]) => Promise<FinishResult & { readonly recordings: string }> {
  return async (exchanges) => {
    const judged: ResolvedConfig = { ...config, target: { kind: 'vendor' } };
    requireVendorDetails(judged, judged.file ?? join(context.cwd, CONFIG_FILE_NAMES[0]));
    await prepareOutDir(config.out);
    const file = await context.recordingsFile(exchanges);
    const recordings = await readRecordings(file);
    const selection = { ...config.checks };
    const checks = selectChecks(allChecks, selection);
    const http = createHttpClient();
    try {
      const { result, written } = await executeRun({
        config: { ...judged, vendorTarget: { ...config.vendorTarget, recordings: file } },
        selection,
        checks,
        target: {
          kind: 'vendor',
          http,
          modelVersion: config.modelVersion,
          ...(context.specs.length > 0 ? { specs: context.specs } : {}),
          recordings,
          // As `run --target vendor` with recordings: the tokens seen must be for the vendor's organisation.
          ...(config.vendor.orgnr ? { consumerOrgnr: config.vendor.orgnr } : {}),
        },
        http,
      });
      return { runFile: written.runFile, reports: written.reports, summary: result.summary, recordings: file };
    } finally {
      await http.close();
    }
  };
}

/** For `serve`: what the simulator's recorder holds, written as `<out>/recordings/serve-<time>.jsonl`. */
export function snapshotRecordings(outDir: string): (exchanges: readonly Exchange[]) => Promise<string> {
  return async (exchanges) => {
    return writeFileInside(
      outDir,
      join('recordings', `serve-${stamp(new Date())}.jsonl`),
      exchanges.map((exchange) => `${JSON.stringify(exchange)}\n`).join(''),
      { mode: 0o600 },
    );
  };
}
