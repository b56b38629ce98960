import { access, constants, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseRunResult, renderReport } from '@elan-kit/reporter';
import { ElanError, type RunResult } from '@elan-kit/schemas';
import { makeDirectory, writeFileInside } from '@elan-kit/simulator/safe-fs';
import { CliError } from '../errors.js';

export interface WrittenRun {
  readonly runFile: string;
  readonly reports: readonly string[];
  readonly problems: readonly string[];
}

/** `2026-03-02T09:00:00.000Z` → `20260302T090000Z`: sortable and safe in file names. */
function fileStamp(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}

function unwritableOutDir(outDir: string, error: unknown): ElanError {
  if (error instanceof ElanError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new CliError('ELAN_SETUP', `Cannot write the run result to ${outDir}: ${reason}`, {
    hint: 'Choose a folder you can write to with --out (or "out" in elan-kit.config.json).',
    cause: error,
  });
}

/** Creates the report folder before the run, so an unusable --out fails in a second instead of after the run. */
export async function prepareOutDir(outDir: string): Promise<void> {
  try {
    await makeDirectory(outDir);
    await access(outDir, constants.W_OK);
  } catch (error) {
    throw unwritableOutDir(outDir, error);
  }
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
  const runName = `run-${fileStamp(result.run.startedAt)}-${result.run.id.slice(0, 8)}.json`;
  let runFile: string;
  try {
    runFile = await writeFileInside(options.outDir, runName, `${JSON.stringify(result, null, 2)}\n`);
  } catch (error) {
    throw unwritableOutDir(options.outDir, error);
  }
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
    try {
      reports.push(await writeFileInside(options.outDir, file.name, file.contents));
    } catch (error) {
      throw unwritableOutDir(options.outDir, error);
    }
  }
  return { runFile, reports, problems };
}
