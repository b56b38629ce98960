import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { mergeShardResults } from '@elan-kit/conformance';
import {
  assertRunResult,
  DEFAULT_FORMATS,
  parseFormats,
  REPORT_FORMATS,
  type ReportFile,
  renderReport,
  summaryTable,
} from '@elan-kit/reporter';
import { ElanError, type RunResult } from '@elan-kit/schemas';
import { makeDirectory, writeFileInside } from '@elan-kit/simulator/safe-fs';
import { defineElanCommand } from '../command.js';
import { CliError } from '../errors.js';
import { ExitCode } from '../exit-code.js';
import { readJsonFile } from '../input/input-file.js';

const EXAMPLE = 'elan-kit report elan-kit-report/run.json --format html,pdf';

function loadRunResult(path: string): RunResult {
  const json = readJsonFile(path, {
    what: 'RunResult',
    // A RunResult with full evidence is large; the limit only guards against a wrong file.
    maxBytes: 256 * 1024 * 1024,
    hint: 'Pass the JSON file that "elan-kit run" wrote into its report folder.',
  });
  return assertRunResult(json, path);
}

/** Writes each file atomically (temp file in the same folder, then rename) and returns the written paths. */
export async function writeReport(files: readonly ReportFile[], outDir: string): Promise<string[]> {
  try {
    await makeDirectory(outDir);
  } catch (cause) {
    throw new CliError('ELAN_SETUP', `Cannot create the report folder ${outDir}: ${String(cause)}.`, { cause });
  }
  const written: string[] = [];
  for (const file of files) {
    try {
      written.push(await writeFileInside(outDir, file.name, file.contents));
    } catch (cause) {
      if (cause instanceof ElanError) throw cause;
      throw new CliError('ELAN_SETUP', `Cannot write ${join(outDir, file.name)}: ${String(cause)}.`, {
        hint: 'Check that the folder is writable, or choose another one with --out.',
        cause,
      });
    }
  }
  return written;
}

function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}

export default defineElanCommand({
  meta: { name: 'report' },
  args: {
    run: {
      type: 'positional',
      description: 'The RunResult JSON that "elan-kit run" wrote',
      valueHint: 'run.json...',
      required: false,
    },
    merge: {
      type: 'boolean',
      description: 'Merge the RunResults of the shards of one run (run --shard i/n) into one RunResult and report',
    },
    format: {
      type: 'string',
      alias: 'f',
      description: `Formats to write, comma-separated (${REPORT_FORMATS.join(', ')})`,
      valueHint: 'list',
      default: DEFAULT_FORMATS.join(','),
    },
    out: {
      type: 'string',
      alias: 'o',
      description: 'Folder to write the report into [default: the folder of RUN.json]',
      valueHint: 'dir',
    },
    compare: {
      type: 'string',
      description: 'An earlier RunResult: adds a "changes since the previous run" section',
      valueHint: 'old.json',
    },
  },
  help: `Writes elan-kit-report.<format> files: .html (self-contained, printable), .md (for e-mail and pull
requests), .junit.xml (for CI dashboards), .json (the RunResult, validated) and .pdf (the HTML printed by a
local Chromium). Nothing is fetched from the network. Secrets (tokens, keys, client assertions,
Authorization headers) are removed from every format.

Examples:
  elan-kit report elan-kit-report/run.json
  elan-kit report --merge shard-1/run.json shard-2/run.json shard-3/run.json --out merged
  elan-kit report run.json --format html,pdf --lang en --out ./summary
  elan-kit report run.json --compare last-week.json --format md,junit

PDF needs a local Chromium: /usr/bin/chromium, /usr/bin/chromium-browser or /usr/bin/google-chrome, or the
path in ELAN_KIT_CHROMIUM (or CHROMIUM_PATH). On Debian/Ubuntu: apt-get install chromium.

Environment: ELAN_KIT_CHROMIUM, CHROMIUM_PATH
Exit codes: 0 the report was written (whatever the run's result); 2 unreadable or invalid input, an unknown
format, or a format that could not be rendered (the other formats are still written).`,
  async run({ args, output, cwd, env, lang }) {
    const runFiles = args._.map(String);
    const [firstRun] = runFiles;
    if (firstRun === undefined) {
      throw new CliError('ELAN_USAGE', 'Which run should be rendered? Give the RunResult file.', {
        hint: `For example: ${EXAMPLE}`,
      });
    }
    if (runFiles.length > 1 && !args.merge) {
      throw new CliError('ELAN_USAGE', `report renders one run; ${runFiles.length} RunResult files were given.`, {
        hint: `To combine the shards of one run: elan-kit report --merge ${runFiles.join(' ')}`,
      });
    }
    const formats = parseFormats(args.format ?? DEFAULT_FORMATS.join(','));
    const runPaths = runFiles.map((file) => resolve(cwd, file));
    const runPath = resolve(cwd, firstRun);
    const result = args.merge ? mergeShardResults(runPaths.map(loadRunResult)) : loadRunResult(runPath);
    if (args.merge) output.out(summaryTable(result, lang));
    const comparePath = args.compare ? resolve(cwd, args.compare) : undefined;
    const compareWith = comparePath ? loadRunResult(comparePath) : undefined;
    const outDir = resolve(cwd, args.out ?? dirname(runPath));

    const failures: unknown[] = [];
    const files = await renderReport(result, {
      formats,
      lang,
      ...(compareWith ? { compareWith } : {}),
      chromium: { env },
      onFormatError: (_format, error) => failures.push(error),
    });
    const inputs = new Set([...runPaths, comparePath].filter(Boolean));
    const writable = files.filter((file) => {
      const clash = inputs.has(join(outDir, file.name));
      if (clash) {
        output.err(`Skipped ${file.name}: it would overwrite the input file. Choose another folder with --out.`);
      }
      return !clash;
    });
    for (const path of await writeReport(writable, outDir)) output.out(displayPath(path, cwd));

    const [first, ...others] = failures;
    if (first === undefined) return ExitCode.Pass;
    for (const error of others) {
      output.err(`elan-kit: ${error instanceof Error ? error.message : String(error)}`);
      if (error instanceof ElanError && error.hint) output.err(`  ${error.hint}`);
    }
    throw first;
  },
});
