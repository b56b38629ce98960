import { join, resolve } from 'node:path';
import {
  assertUrlAllowed,
  createHttpClient,
  createSyntheticDataGuard,
  createUrlGuard,
  loadTargetContracts,
  TEST_ENVIRONMENT,
} from '@elan-kit/conformance';
import { createInspector } from '@elan-kit/inspector';
import { sanitizeTerminalText as inert } from '@elan-kit/schemas';
import { createFileInside } from '@elan-kit/simulator/safe-fs';
import { modelOption, parseModelOption } from '../args/model-option.js';
import { defineElanCommand } from '../command.js';
import { loadKitConfig } from '../config/load-kit-config.js';
import { CliError } from '../errors.js';
import { ExitCode } from '../exit-code.js';
import { parseUiOptions, UI_ARGS, uiHelp } from '../inspector-options.js';
import { loadCommandSpecs, printSpecs, SPEC_ARG, specFiles } from '../official-specs.js';
import { createFaultScript, readFaultScript } from '../proxy/fault-script.js';
import { createRecentExchanges } from '../proxy/recent-exchanges.js';
import { startValidatingProxy } from '../proxy/validating-proxy.js';
import { inspectorFinish } from '../run-support/inspector-finish.js';

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
}

export default defineElanCommand({
  meta: { name: 'proxy' },
  args: {
    upstream: {
      type: 'string',
      description: 'test (https://api-test.sits.no) or a base URL',
      valueHint: 'test|url',
      default: 'test',
    },
    port: { type: 'string', description: 'Port to listen on (0 = any free port)', valueHint: 'n', default: '8089' },
    host: { type: 'string', description: 'Address to listen on', valueHint: 'host', default: '127.0.0.1' },
    out: {
      type: 'string',
      description: 'Folder for recordings [default: <report folder>/recordings]',
      valueHint: 'dir',
    },
    model: modelOption(),
    config: { type: 'string', description: 'Config file', valueHint: 'file' },
    ...UI_ARGS,
    faults: {
      type: 'string',
      description: 'Fault script (JSON): answer matching requests with 429/503/500/401 instead of forwarding them',
      valueHint: 'file',
    },
    spec: SPEC_ARG,
  },
  help: [
    'Examples:',
    '  elan-kit proxy --upstream test --port 8089',
    '      then point your system at http://127.0.0.1:8089/api/utleggsbegjaering/v2',
    '  elan-kit proxy --upstream https://stub.internal.example --port 0',
    '  elan-kit proxy --upstream test --faults faults.json',
    '      faults.json: [{ "status": 429, "operationId": "validerNyBegjaering", "retryAfterSeconds": 2 },',
    '                    { "status": 503, "operationId": "opprettBegjaering", "maintenanceSeconds": 10 }]',
    '  elan-kit proxy --upstream test --spec utleggsbegjaering-api.yaml   # judge by the official document',
    '',
    'Every exchange is validated against the contract (headers, schemas, statuses), printed, and appended to',
    '<out>/recording-<time>.jsonl with secrets redacted. Requests carrying real-looking identifiers are refused',
    'before they leave. Stop with Ctrl-C, then judge the traffic:',
    '  elan-kit run --target vendor   (with "vendorTarget": { "recordings": "<out>" } in the config)',
    '',
    ...uiHelp('proxy'),
  ].join('\n'),
  async run({ args, rawArgs, cwd, env, output, signal }) {
    const config = loadKitConfig({ cwd, env, configPath: args.config });
    const model = parseModelOption(args.model) ?? config.modelVersion;
    const specs = await loadCommandSpecs({
      files: specFiles(rawArgs),
      cwd,
      configured: config.specs,
      modelVersion: model,
    });
    printSpecs(output, specs);
    const port = Number(args.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new CliError('ELAN_USAGE', `Invalid port "${args.port}".`);
    const upstream = args.upstream === 'test' ? `https://${TEST_ENVIRONMENT.host}` : args.upstream;
    if (!/^https?:\/\//.test(upstream)) {
      throw new CliError('ELAN_USAGE', `Invalid upstream "${args.upstream}".`, {
        hint: 'Use --upstream test or an https:// URL.',
      });
    }
    const policy =
      args.upstream === 'test'
        ? { onlyHosts: [TEST_ENVIRONMENT.host], allowProduction: config.allowProduction }
        : { allowProduction: config.allowProduction };
    assertUrlAllowed(upstream, policy);
    const folder = args.out ? resolve(cwd, args.out) : join(config.out, 'recordings');
    // Recordings hold the traffic of a vendor's system: readable by the user only.
    const recording = await createFileInside(folder, `recording-${stamp(new Date())}.jsonl`, { mode: 0o600 });
    const file = recording.path;
    const http = createHttpClient().withGuards([createUrlGuard(policy), createSyntheticDataGuard()]);
    const contracts = loadTargetContracts(model, specs);
    const ui = parseUiOptions(args);
    const recent = ui.enabled ? createRecentExchanges({ modelVersion: model, upstream }) : undefined;
    const inspector = recent
      ? createInspector({
          source: recent,
          ...(config.simulator.seed === undefined ? {} : { seed: config.simulator.seed }),
          allowRemote: ui.allowRemote,
          specs,
          finish: inspectorFinish({ ...config, modelVersion: model }, { cwd, specs, recordingsFile: async () => file }),
          reportFile: join(config.out, 'latest.html'),
        })
      : undefined;
    const faults = args.faults
      ? createFaultScript(await readFaultScript(resolve(cwd, args.faults)), contracts)
      : undefined;
    let recorded = 0;
    let withFindings = 0;
    const proxy = await startValidatingProxy({
      upstream,
      http,
      contracts,
      ...(faults ? { faults } : {}),
      port,
      host: args.host,
      ...(inspector && ui.port === undefined ? { mount: inspector.handler } : {}),
      onRecord: async ({ exchange, findings }) => {
        recorded++;
        const problems = findings.filter((finding) => (finding.severity ?? 'error') === 'error');
        if (problems.length > 0) withFindings++;
        // One whole line per exchange: a crash loses at most the line being written.
        await recording.handle.appendFile(`${JSON.stringify(exchange)}\n`);
        recent?.add(exchange);
        const path = new URL(exchange.url).pathname;
        output.err(
          inert(`${problems.length ? '✗' : '✓'} ${exchange.method} ${path} ${exchange.status ?? exchange.error ?? ''}`),
        );
        for (const problem of problems) output.err(`    ${inert(problem.message)}`);
      },
    });
    output.err(`elan-kit proxy listening on ${proxy.url} → ${upstream}`);
    output.err(`  point your system at ${proxy.url}/api/utleggsbegjaering/v2 ; recording to ${file}`);
    if (inspector) {
      const page = ui.port === undefined ? proxy.url : (await inspector.listen({ port: ui.port, host: ui.host })).url;
      output.err(`  inspector (open in a browser): ${page}/`);
    }
    if (faults) output.err(`  fault script ${args.faults}: matching requests are answered by the proxy, not forwarded`);
    output.err('  stop with Ctrl-C');
    await new Promise<void>((resolveWait) => {
      if (signal.aborted) resolveWait();
      signal.addEventListener('abort', () => resolveWait(), { once: true });
    });
    await inspector?.close();
    await proxy.close();
    await http.close();
    await recording.handle.close();
    output.err(`Recorded ${recorded} exchange(s), ${withFindings} with contract findings, to ${file}.`);
    output.out(file);
    return ExitCode.Pass;
  },
});
