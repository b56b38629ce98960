import { isAbsolute, resolve } from 'node:path';
import { ConformanceError, loadTargetContracts, type PactReport, parsePact, verifyPact } from '@elan-kit/conformance';
import { DEFAULT_MODEL_VERSION, osloDate } from '@elan-kit/schemas';
import { modelOption, parseModelOption } from '../args/model-option.js';
import { defineElanCommand } from '../command.js';
import { CliError } from '../errors.js';
import { ExitCode } from '../exit-code.js';
import { readJsonFile } from '../input/input-file.js';
import { loadCommandSpecs, printSpecs, SPEC_ARG, specFiles } from '../official-specs.js';
import type { Output } from '../output.js';

const MARK = { pass: '✓', fail: '✗', skip: '-' } as const;

function printReport(output: Output, report: PactReport): void {
  output.out(
    `Pact ${report.consumer} → ${report.provider} (pact specification ${report.specification}, model ${report.modelVersion})`,
  );
  for (const interaction of report.interactions) {
    const operation = interaction.operationId ? ` [${interaction.operationId}]` : '';
    output.out(
      `  ${MARK[interaction.status]} #${interaction.index + 1} ${interaction.description}: ${interaction.method} ${interaction.path}${operation}`,
    );
    for (const problem of interaction.problems) {
      const mark = problem.severity === 'info' ? '·' : problem.severity === 'warning' ? '⚠' : '✗';
      output.out(`      ${mark} ${problem.message}${problem.pointer ? ` (${problem.pointer})` : ''}`);
    }
  }
  const { total, pass, fail, skip } = report.summary;
  output.out(`${total} interaction(s): ${pass} passed, ${fail} failed, ${skip} skipped.`);
}

export default defineElanCommand({
  meta: { name: 'pact' },
  args: {
    action: { type: 'positional', description: 'verify', valueHint: 'action' },
    file: { type: 'positional', description: 'The consumer pact (JSON)', valueHint: 'pact.json' },
    model: modelOption(),
    json: { type: 'boolean', description: 'Print the report as JSON' },
    spec: SPEC_ARG,
  },
  help: [
    'Examples:',
    '  elan-kit pact verify pacts/inkasso-system-elan.json',
    '  elan-kit pact verify pact.json --model 2.0 --json',
    '  elan-kit pact verify pact.json --spec utleggsbegjaering-api.yaml',
    '',
    'Each interaction is checked against the bundled contract, or the official document given with --spec',
    '(once per API; its operations are found by what they do) (operation, headers, request and response',
    'schemas) and, for valider/opprett/endre, against prøving: a 422 must carry the codes the vilkår give',
    'for that request, and a success must not be a request the vilkår reject.',
    'Exit codes: 0 every interaction conforms, 1 mismatches, 2 unreadable or invalid pact, or one without an',
    'HTTP interaction (nothing verified).',
  ].join('\n'),
  async run({ args, rawArgs, cwd, output }) {
    if (args.action !== 'verify') {
      throw new CliError('ELAN_USAGE', `Unknown pact action "${String(args.action ?? '')}".`, {
        hint: 'Use "elan-kit pact verify PACT.json".',
      });
    }
    if (!args.file) throw new CliError('ELAN_USAGE', 'Which pact?', { hint: 'elan-kit pact verify PACT.json' });
    const model = parseModelOption(args.model) ?? DEFAULT_MODEL_VERSION;
    const specs = await loadCommandSpecs({ files: specFiles(rawArgs), cwd, modelVersion: model });
    printSpecs(output, specs);
    const path = isAbsolute(args.file) ? args.file : resolve(cwd, args.file);
    const json = readJsonFile(path, {
      what: 'pact',
      display: args.file,
      hint: 'Give the pact file your consumer tests wrote (e.g. pacts/<consumer>-<provider>.json), as UTF-8 JSON.',
    });
    let pact: ReturnType<typeof parsePact>;
    try {
      pact = parsePact({ json });
    } catch (error) {
      if (!(error instanceof ConformanceError)) throw error;
      throw new CliError('ELAN_INPUT_UNREADABLE', `${args.file}: ${error.message}`, {
        cause: error,
        ...(error.hint ? { hint: error.hint } : {}),
      });
    }
    const report = verifyPact(pact, {
      modelVersion: model,
      today: osloDate(new Date()),
      ...(specs.length > 0 ? { contracts: loadTargetContracts(model, specs) } : {}),
    });
    if (args.json) output.out(JSON.stringify(report, null, 2));
    else printReport(output, report);
    if (report.summary.pass + report.summary.fail === 0) {
      throw new CliError('ELAN_INPUT_UNREADABLE', `${args.file} has no HTTP interaction to verify.`, {
        hint: 'A pact passes only when its interactions were checked; message interactions are skipped.',
      });
    }
    return report.summary.fail > 0 ? ExitCode.Findings : ExitCode.Pass;
  },
});
