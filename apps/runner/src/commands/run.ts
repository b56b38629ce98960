import { join, resolve } from 'node:path';
import {
  allChecks,
  createHttpClient,
  type OpenTargetOptions,
  openTarget,
  PRESET_NAMES,
  parseShard,
  RunStoppedError,
  runChecks,
  type Shard,
  selectChecks,
  selectShard,
  subjectFor,
  type Target,
} from '@elan-kit/conformance';
import { progressReporter, summaryTable } from '@elan-kit/reporter';
import type { OfficialSpec, RunResult, SubjectInfo, TargetOptionValue } from '@elan-kit/schemas';
import { modelOption, parseModelOption } from '../args/model-option.js';
import { defineElanCommand } from '../command.js';
import { CONFIG_FILE_NAMES } from '../config/load-config.js';
import { loadKitConfig } from '../config/load-kit-config.js';
import { resolveMaskinportenSettings } from '../config/maskinporten.js';
import type { ResolvedConfig } from '../config/types.js';
import { CliError } from '../errors.js';
import { ExitCode } from '../exit-code.js';
import { kitVersion } from '../kit-version.js';
import { loadCommandSpecs, printSpecs, SPEC_ARG, specFiles } from '../official-specs.js';
import type { Output } from '../output.js';
import { nextSteps } from '../run-support/next-steps.js';
import { readRecordings } from '../run-support/read-recordings.js';
import { requireVendorDetails } from '../run-support/require-vendor.js';
import { createVendorAdapter } from '../run-support/vendor-adapter.js';
import { prepareOutDir, writeRunOutputs } from '../run-support/write-run.js';

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
      return {
        kind: config.target.kind,
        http,
        modelVersion,
        ...withSpecs,
        maskinporten,
        allowProduction: config.allowProduction,
        ...(baseUrl ? { baseUrl } : {}),
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
        ...(vendor.adapter
          ? { adapter: createVendorAdapter(vendor.adapter, { cwd: config.dir, env: { ...context.env } }) }
          : {}),
        onListening: (info) => {
          context.output.err(`Simulator for your system: ${info.url}`);
          context.output.err(`  token endpoint ${info.tokenEndpoint}, client id ${info.clientId}`);
          if (info.clientFile) context.output.err(`  client credentials (key, kid, base URLs): ${info.clientFile}`);
        },
      };
    }
  }
}

/** Who is under test, as far as the config says how the vendor's system is reached. */
function subjectOf(config: ResolvedConfig): SubjectInfo {
  if (config.target.kind !== 'vendor') return subjectFor(config.target.kind);
  const { recordings, adapter } = config.vendorTarget;
  if (recordings) return subjectFor('vendor', 'proxy-recordings');
  return subjectFor('vendor', adapter ? `adapter-${adapter.kind}` : 'scenario-cards');
}

/** How the target was set up, for the RunResult: what a reader needs to repeat the run, never a secret. */
function targetOptionsOf(config: ResolvedConfig): Record<string, TargetOptionValue> {
  const options: Record<string, TargetOptionValue | undefined> = { modelVersion: config.modelVersion };
  const simulator = () => {
    if (config.simulator.seed !== undefined) options['seed'] = config.simulator.seed;
    if (config.simulator.now) options['now'] = config.simulator.now;
    if (config.simulator.defects.length > 0) options['defects'] = [...config.simulator.defects];
  };
  switch (config.target.kind) {
    case 'simulator':
      simulator();
      break;
    case 'url':
      options['url'] = config.target.url;
      options['tokenEndpoint'] = config.maskinporten.tokenEndpoint;
      options['allowProduction'] = config.allowProduction;
      break;
    case 'test':
      options['baseUrl'] = config.test.baseUrl;
      options['allowProduction'] = config.allowProduction;
      if (config.maskinporten.systembruker) options['systembruker'] = true;
      break;
    case 'vendor': {
      const { recordings, adapter, scenarioTimeoutSeconds, port } = config.vendorTarget;
      if (recordings) options['recordings'] = recordings;
      else {
        options['adapter'] = adapter?.kind ?? 'none';
        options['port'] = port;
        if (scenarioTimeoutSeconds) options['scenarioTimeoutSeconds'] = scenarioTimeoutSeconds;
        simulator();
      }
      break;
    }
  }
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Record<
    string,
    TargetOptionValue
  >;
}

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
    spec: SPEC_ARG,
  },
  help: [
    'Examples:',
    '  elan-kit run                                  # embedded simulator, every check',
    '  elan-kit run --target test                    # Skatteetaten test environment, real Maskinporten',
    '  elan-kit run --target vendor                  # your system calls the simulator; the kit judges it',
    '  elan-kit run --target https://stub.example/api/utleggsbegjaering/v2',
    '  elan-kit run --only flow-full,auth-token-claims --lang en',
    '  elan-kit run --shard 1/3 --out reports/shard-1',
    '  elan-kit run --spec utleggsbegjaering-api.yaml --spec betjeningskartet-api.yaml',
    '',
    'With --spec (once per API, or "specs" in the config) the checks, and the embedded simulator, judge by the',
    'official document; the RunResult and the reports name each document used (title, version, sha-256).',
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
    const subject = subjectOf(config);
    const specs = await loadCommandSpecs({
      files: specFiles(rawArgs),
      cwd,
      configured: config.specs,
      modelVersion: config.modelVersion,
    });
    printSpecs(output, specs);
    await prepareOutDir(config.out);
    const http = createHttpClient();
    let target: Target | undefined;
    try {
      target = await openTarget(await targetOptions(config, { env, cwd, output }, http, specs));
      let result: RunResult;
      let stopped: RunStoppedError | undefined;
      try {
        result = await runChecks({
          checks,
          target,
          http,
          signal,
          ...(shard ? { shard } : {}),
          selection,
          subject,
          targetOptions: targetOptionsOf(config),
          vendor: config.vendor,
          kit: { name: 'elan-kit', version: kitVersion() },
          attestations: config.attestations,
          listeners: [
            progressReporter(
              { err: output.styled.err, interactive: output.interactive },
              { lang: config.lang, color: colour },
            ),
          ],
          log: (text) => output.err(text),
        });
      } catch (error) {
        if (!(error instanceof RunStoppedError)) throw error;
        stopped = error;
        result = error.result;
      }
      const written = await writeRunOutputs(result, { outDir: config.out, lang: config.lang });
      for (const problem of written.problems) output.err(`Report not written: ${problem}`);
      if (args.json) output.out(JSON.stringify(result, null, 2));
      else output.out(summaryTable(result, config.lang));
      output.err(`RunResult: ${written.runFile}`);
      output.err(`Reports:   ${written.reports.join(', ')}`);
      if (subject.demonstration && !args.json) for (const line of nextSteps(config.lang)) output.err(line);
      if (stopped) throw stopped;
      return exitFor(result);
    } finally {
      await target?.close();
      await http.close();
    }
  },
});
