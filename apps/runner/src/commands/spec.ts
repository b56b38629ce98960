import { resolve } from 'node:path';
import { compareContracts, payloadChanges, resolveDiffSource } from '@elan-kit/schemas';
import { defineElanCommand } from '../command.js';
import { CliError } from '../errors.js';
import { ExitCode } from '../exit-code.js';
import { readJsonFile } from '../input/input-file.js';
import { renderDiffMarkdown, renderDiffText, renderPayloadMarkdown, renderPayloadText } from './spec/render-diff.js';

const FORMATS = ['text', 'md', 'json'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Compares two contracts operation by operation: breaking and non-breaking changes (removed or renamed
fields, changed types, new required fields, changed enums, operations added or removed), with the renames
and removals Skatteetaten's changelogs name for the model versions compared.

OLD and NEW are files (an official OpenAPI 3.x or Swagger 2.0 document, mapped onto the kit's operations
by what they do) or bundled contracts:
  bundled:1.0, bundled:2.0 …       Utleggsbegjæring of that model version
  bundled:betjeningskartet          another API (status, innsyn, kommune-1.0, kommune-2.0, maskinporten)

With --payload, it also says what must change in that payload (a begjæring, or the request of the API
compared) for NEW to accept it: fields to rename, remove or add, and values to fix.

Examples:
  elan-kit spec diff bundled:1.0 bundled:2.0
  elan-kit spec diff bundled:2.0 utleggsbegjaering-api.yaml --format md > endringer.md
  elan-kit spec diff bundled:0.9 bundled:1.0 --payload begjaering.json
  elan-kit spec diff betjeningskartet-1.3.1.yaml bundled:betjeningskartet --json

The comparison is done by api-smart-diff; a removed request field counts as breaking because the kit's
contracts close their objects. Comparing two large documents takes a few seconds.

Exit codes: 0 no breaking change (with --payload: the payload needs no change), 1 breaking changes (with
--payload: the payload must change), 2 usage error or a document that cannot be read.`;

function resolveFormat(json: boolean | undefined, format: string | undefined): Format {
  if (json) return 'json';
  if (format === undefined) return 'text';
  if ((FORMATS as readonly string[]).includes(format)) return format as Format;
  throw new CliError('ELAN_USAGE', `Unknown format "${format}".`, { hint: 'Use --format text, md or json.' });
}

function readPayload(file: string, cwd: string): unknown {
  return readJsonFile(resolve(cwd, file), { what: 'payload', display: file });
}

export default defineElanCommand({
  meta: { name: 'spec' },
  args: {
    action: { type: 'positional', description: 'diff', valueHint: 'action' },
    old: { type: 'positional', description: 'The older contract: a file or bundled:<version|name>', valueHint: 'old' },
    new: { type: 'positional', description: 'The newer contract: a file or bundled:<version|name>', valueHint: 'new' },
    payload: { type: 'string', description: 'What must change in this payload for NEW', valueHint: 'file' },
    format: { type: 'string', description: 'text, md or json [default: text]', valueHint: 'format' },
    json: { type: 'boolean', description: 'Same as --format json' },
  },
  help: HELP,
  async run({ args, cwd, output }) {
    if (args.action !== 'diff') {
      throw new CliError('ELAN_USAGE', `Unknown spec action "${String(args.action ?? '')}".`, {
        hint: 'Use "elan-kit spec diff OLD NEW".',
      });
    }
    if (!args.old || !args.new) {
      throw new CliError('ELAN_USAGE', 'Name two contracts to compare.', {
        hint: 'For example: elan-kit spec diff bundled:1.0 bundled:2.0',
      });
    }
    const format = resolveFormat(args.json, args.format);
    const fileOrBundled = (value: string) => (value.startsWith('bundled:') ? value : resolve(cwd, value));
    const oldSource = await resolveDiffSource(fileOrBundled(args.old), fileOrBundled(args.new));
    const newSource = await resolveDiffSource(fileOrBundled(args.new), oldSource);
    output.err(`Sammenligner / comparing ${args.old} → ${args.new} …`);
    const diff = compareContracts({ ...oldSource, label: args.old }, { ...newSource, label: args.new });
    const payload = args.payload
      ? { file: args.payload, result: payloadChanges(readPayload(args.payload, cwd), oldSource, newSource) }
      : undefined;

    if (format === 'json') {
      output.out(
        JSON.stringify(
          { ...diff, ...(payload ? { payload: { file: payload.file, ...payload.result } } : {}) },
          null,
          2,
        ),
      );
    } else if (format === 'md') {
      output.out(renderDiffMarkdown(diff) + (payload ? renderPayloadMarkdown(payload.file, payload.result, diff) : ''));
    } else {
      output.out(renderDiffText(diff));
      if (payload) output.out(`\n${renderPayloadText(payload.file, payload.result, diff)}`);
    }
    const mustChange = payload ? payload.result.changes.length > 0 : diff.counts.breaking > 0;
    return mustChange ? ExitCode.Findings : ExitCode.Pass;
  },
});
