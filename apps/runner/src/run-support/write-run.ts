import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseRunResult, renderReport } from '@elan-kit/reporter';
import type { RunResult } from '@elan-kit/schemas';
import { writeFileAtomic } from './atomic-write.js';

export interface WrittenRun {
  readonly runFile: string;
  readonly reports: readonly string[];
  readonly problems: readonly string[];
}

/** `2026-03-02T09:00:00.000Z` → `20260302T090000Z`: sortable and safe in file names. */
function fileStamp(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}

async function readPrevious(path: string): Promise<RunResult | undefined> {
  try {
    return parseRunResult(await readFile(path, 'utf8'), path);
  } catch {
    return undefined;
  }
}

/**
 * Writes the RunResult as `run-<timestamp>.json` and the reports as `latest.*` (html, md, junit, json), each file
 * atomically. The previous `latest.json`, when readable, feeds the reports' "what changed" section.
 */
export async function writeRunOutputs(
  result: RunResult,
  options: { outDir: string; lang: 'nb' | 'en' },
): Promise<WrittenRun> {
  const runFile = join(options.outDir, `run-${fileStamp(result.run.startedAt)}-${result.run.id.slice(0, 8)}.json`);
  await writeFileAtomic(runFile, `${JSON.stringify(result, null, 2)}\n`);
  const previous = await readPrevious(join(options.outDir, 'latest.json'));
  const problems: string[] = [];
  const files = await renderReport(result, {
    lang: options.lang,
    baseName: 'latest',
    ...(previous && previous.run.id !== result.run.id ? { compareWith: previous } : {}),
    onFormatError: (format, error) =>
      problems.push(`${format}: ${error instanceof Error ? error.message : String(error)}`),
  });
  const reports: string[] = [];
  for (const file of files) {
    const path = join(options.outDir, file.name);
    await writeFileAtomic(path, file.contents);
    reports.push(path);
  }
  return { runFile, reports, problems };
}
