import { join, resolve } from 'node:path';
import {
  allChecks,
  createHttpClient,
  type OpenTargetOptions,
  PRESET_NAMES,
  parseShard,
  type Shard,
  selectChecks,
  selectShard,
} from '@elan-kit/conformance';
import { progressReporter, summaryTable } from '@elan-kit/reporter';
import type { OfficialSpec, RunResult } from '@elan-kit/schemas';
import { modelOption, parseModelOption } from '../args/model-option.js';
import { defineElanCommand } from '../command.js';
import { CONFIG_FILE_NAMES } from '../config/load-config.js';
import { loadKitConfig } from '../config/load-kit-config.js';
import { resolveMaskinportenSettings } from '../config/maskinporten.js';
import type { ResolvedConfig } from '../config/types.js';
import { CliError } from '../errors.js';
import { ExitCode } from '../exit-code.js';
import { loadCommandSpecs, printSpecs, SPEC_ARG, specFiles } from '../official-specs.js';
import type { Output } from '../output.js';
import { executeRun } from '../run-support/execute-run.js';
import { nextSteps } from '../run-support/next-steps.js';
import { readRegisterFile } from '../run-support/party-register-file.js';
import { createPersonPrompt, stdinKeys } from '../run-support/person-prompt.js';
import { readRecordings } from '../run-support/read-recordings.js';
import { requireVendorDetails } from '../run-support/require-vendor.js';
import { subjectOf } from '../run-support/run-description.js';
import { createVendorAdapter } from '../run-support/vendor-adapter.js';
import { prepareOutDir } from '../run-support/write-run.js';

function splitList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function targetFromFlag(flag: string | undefined, config: ResolvedConfig): ResolvedConfig['target'] {
  if (flag === undefined) return config.target;
  if (flag === 'simulator' || flag === 'test' || flag === 'vendor') return { kind: flag };
  if (/^https?:\/\//.test(flag)) return { kind: 'url', url: flag };
  throw new CliError('ELAN_USAGE', `Unknown target "${flag}".`, {
    hint: 'Use --target simulator, test, vendor, or an https:// base URL.',
  });
}

async function targetOptions(
  config: ResolvedConfig,
  context: { env: Readonly<Record<string, string | undefined>>; cwd: string; output: Output },
  http: ReturnType<typeof createHttpClient>,
  specs: readonly OfficialSpec[],
): Promise<OpenTargetOptions> {
  const modelVersion = config.modelVersion;
  const withSpecs = specs.length > 0 ? { specs } : {};
  switch (config.target.kind) {
    case 'simulator':
      return {
        kind: 'simulator',
        http,
        modelVersion,
        ...withSpecs,
        ...(config.simulator.seed === undefined ? {} : { seed: config.simulator.seed }),
        ...(config.simulator.now ? { now: config.simulator.now } : {}),
        defects: config.simulator.defects,
      };
    case 'test':
    case 'url': {
      const maskinporten = await resolveMaskinportenSettings(config, context.env);
      const baseUrl = config.target.kind === 'url' ? config.target.url : config.test.baseUrl;
      const register = config.test.register ? await readRegisterFile(config.test.register, context.cwd) : undefined;
      return {
        kind: config.target.kind,
        http,
        modelVersion,
        ...withSpecs,
        maskinporten,
        allowProduction: config.allowProduction,
        ...(baseUrl ? { baseUrl } : {}),
        ...(register ? { register } : {}),
      };
    }
    case 'vendor': {
      const vendor = config.vendorTarget;
      if (vendor.recordings) {
        return {
          kind: 'vendor',
          http,
          modelVersion,
          ...withSpecs,
          recordings: await readRecordings(vendor.recordings),
          ...(config.vendor.orgnr ? { consumerOrgnr: config.vendor.orgnr } : {}),
        };
      }
      return {
        kind: 'vendor',
        http,
        modelVersion,
        ...withSpecs,
        port: vendor.port,
        // Outside the report folder: client.json holds the simulator client's (throwaway) private key.
        stateDir: join(config.dir, '.elan-kit', 'simulator'),
        defects: config.simulator.defects,
        ...(config.simulator.seed === undefined ? {} : { seed: config.simulator.seed }),
        ...(vendor.scenarioTimeoutSeconds ? { scenarioTimeoutSeconds: vendor.scenarioTimeoutSeconds } : {}),
        ...(vendor.scenarios ? { scenarios: vendor.scenarios } : {}),
        ...(vendor.adapter
          ? {
              adapter: createVendorAdapter(vendor.adapter, {
                cwd: config.dir,
                env: { ...context.env },
                log: (text) => context.output.err(text),
              }),
            }
          : { person: createPersonPrompt({ output: context.output, ...keysFor(context.output) }) }),
        onListening: (info) => {
          context.output.err(`Simulator for your system: ${info.url}`);
          context.output.err(`  token endpoint ${info.tokenEndpoint}, client id ${info.clientId}`);
          if (info.clientFile) context.output.err(`  client credentials (key, kid, base URLs): ${info.clientFile}`);
        },
      };
    }
  }
}

function keysFor(output: Output): { keys?: NonNullable<ReturnType<typeof stdinKeys>> } {
  const keys = output.interactive ? stdinKeys() : undefined;
  return keys ? { keys } : {};
}

/** Who is under test, as far as the config says how the vendor's system is reached. */
/**
 * 0 when every required check passed, also for a partial selection (`pass-partial`) and while required
 * attestations are missing (`pass-unattested`): those verdicts say so in every report, but they are not
 * findings about the system, so a CI gate over the automated checks stays green.
 */
function exitFor(result: RunResult): ExitCode {
  if (result.run.state !== 'completed') return ExitCode.UsageOrSetup;
  if (result.summary.verdict === 'fail') return ExitCode.Findings;
  return result.summary.verdict === 'error' ? ExitCode.UsageOrSetup : ExitCode.Pass;
}

export default defineElanCommand({
  meta: { name: 'run' },
  args: {
    target: { type: 'string', description: 'simulator, test, vendor, or an https:// base URL', valueHint: 'target' },
    model: modelOption(),
    only: { type: 'string', description: 'Only these check ids (comma-separated)', valueHint: 'ids' },
    skip: { type: 'string', description: 'Skip these check ids (comma-separated)', valueHint: 'ids' },
    preset: { type: 'string', description: `Check preset (${PRESET_NAMES.join('|')})`, valueHint: 'name' },
    shard: { type: 'string', description: 'Run shard i of n, e.g. 2/3', valueHint: 'i/n' },
    out: { type: 'string', description: 'Report folder [default: ./elan-kit-report]', valueHint: 'dir' },
    json: { type: 'boolean', description: 'Print the RunResult JSON on stdout instead of the summary table' },
    config: {
      type: 'string',
      description: 'Config file [default: ./elan-kit.config.json if present]',
      valueHint: 'file',
    },
    register: {
      type: 'string',
      description: 'Party register from Tenor for --target test (elan-kit parties import/search)',
      valueHint: 'file',
    },
    spec: SPEC_ARG,
  },
  help: [
    'Examples:',
    '  elan-kit run                                  # embedded simulator, every check',
    '  elan-kit run --target test --register tenor.json  # Skatteetaten test environment, Tenor parties',
    '  elan-kit run --target vendor                  # your system calls the simulator; the kit judges it',
    '  elan-kit run --target https://stub.example/api/utleggsbegjaering/v2',
    '  elan-kit run --only flow-full,auth-token-claims --lang en',
    '  elan-kit run --shard 1/3 --out reports/shard-1',
    '  elan-kit run --spec utleggsbegjaering-api.yaml --spec betjeningskartet-api.yaml',
    '',
    'With --spec (once per API, or "specs" in the config) the checks, and the embedded simulator, judge by the',
    'official document; the RunResult and the reports name each document used (title, version, sha-256).',
    '',
    '--target test sends only parties from a register imported from Tenor (--register, or test.register in the',
    "config) and Skatteetaten's published test lists; without one it stops before anything is sent (exit 2).",
    '',
    'Writes <out>/run-<timestamp>.json (the RunResult) and <out>/latest.{html,md,junit.xml,json}.',
    'Secrets come from ELAN_KIT_CLIENT_ID, ELAN_KIT_ORGNR, ELAN_KIT_MASKINPORTEN_KEY(_FILE), ELAN_KIT_MASKINPORTEN_CERT_FILE.',
    'Exit codes: 0 every required check passed, 1 a required check failed, 2 the tool or setup failed',
    '(or the run was interrupted, or the selection is empty: the partial result is still written when a run started).',
    'Exit 0 also when required attestations are missing or the selection is partial: the verdict says',
    '"Tester bestått – ikke klar for produksjon" or "Tester bestått – delvis kjøring" instead of "Bestått".',
    'The vendor and test targets need vendor.name, vendor.orgnr, vendor.system and vendor.systemVersion in the config.',
  ].join('\n'),
  async run({ args, rawArgs, cwd, env, output, signal, lang, colour }) {
    const loaded = loadKitConfig({ cwd, env, configPath: args.config });
    const model = parseModelOption(args.model);
    const config: ResolvedConfig = {
      ...loaded,
      target: targetFromFlag(args.target, loaded),
      ...(model ? { modelVersion: model } : {}),
      ...(args.out ? { out: resolve(cwd, args.out) } : {}),
      lang,
      ...(args.register ? { test: { ...loaded.test, register: resolve(cwd, args.register) } } : {}),
    };
    requireVendorDetails(config, config.file ?? join(cwd, CONFIG_FILE_NAMES[0]));
    const selection = {
      preset: args.preset ?? config.checks.preset,
      only: splitList(args.only) ?? config.checks.only,
      skip: [...config.checks.skip, ...(splitList(args.skip) ?? [])],
    };
    const checks = selectChecks(allChecks, selection);
    const shard: Shard | undefined = args.shard ? parseShard(args.shard) : undefined;
    // An empty shard is a usage error before anything starts.
    if (shard) selectShard(checks, shard);
    const specs = await loadCommandSpecs({
      files: specFiles(rawArgs),
      cwd,
      configured: config.specs,
      modelVersion: config.modelVersion,
    });
    printSpecs(output, specs);
    await prepareOutDir(config.out);
    const http = createHttpClient();
    try {
      const { result, written, stopped } = await executeRun({
        config,
        selection,
        checks,
        target: await targetOptions(config, { env, cwd, output }, http, specs),
        http,
        signal,
        ...(shard ? { shard } : {}),
        listeners: [
          progressReporter(
            { err: output.styled.err, interactive: output.interactive },
            { lang: config.lang, color: colour },
          ),
        ],
        log: (text) => output.err(text),
      });
      for (const problem of written.problems) output.err(`Report not written: ${problem}`);
      if (args.json) output.out(JSON.stringify(result, null, 2));
      else output.out(summaryTable(result, config.lang));
      output.err(`RunResult: ${written.runFile}`);
      output.err(`Reports:   ${written.reports.join(', ')}`);
      if (subjectOf(config).demonstration && !args.json) for (const line of nextSteps(config.lang)) output.err(line);
      if (stopped) throw stopped;
      return exitFor(result);
    } finally {
      await http.close();
    }
  },
});
