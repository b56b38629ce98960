import { resolve } from 'node:path';
import { createPartyRegister } from '@elan-kit/fixtures';
import { type Contract, isModelVersion, isValidOrgnr, loadContractFromFile, osloDate } from '@elan-kit/schemas';
import { modelOption, parseModelOption } from '../args/model-option.js';
import { defineElanCommand } from '../command.js';
import { CliError } from '../errors.js';
import { ExitCode } from '../exit-code.js';
import { type FixturesIndex, readFixturesIndex } from '../fixtures-index.js';
import { readInputs } from './validate/read-inputs.js';
import { COLOURS, PLAIN, renderFile, renderSummary } from './validate/render-text.js';
import {
  type FileResult,
  isKommuneDecision,
  type ValidateWarning,
  validateDocument,
  validateKommuneDecision,
  validateOperationBody,
  withExpectation,
} from './validate/validate-document.js';

const HELP = `Checks each begjæring offline as ELAN would: the schema of its model version (ELAN answers 400)
and every vilkår (ELAN answers 422), with the JSON pointer and message of each finding.

Inputs: files, directories (every *.json below them, sorted; hidden folders and node_modules are
skipped) and - for standard input. Context for the vilkår: the fixtures' party register (seed 1) for
ENK, hovedenhet and old-regime checks; today's date (or --today); the authenticated organisation
from --as-org, else the document's innsender. Vilkår that need an attachment registry or earlier
submissions are not checked offline; the notes say so.

A Beslutning om trekk fra kommune is recognised (beslutning, no begjaeringsdato) and validated against
the municipality API version whose schema it fits (1.0 or 2.0) and the begjæring vilkår it shares.

A folder written by "elan-kit fixtures" is judged by its index.json: each payload against the
operation the index names (Betjeningskartet and municipality payloads by their own contract), with
the index's date and seed, and it passes when ELAN would give the answer the index expects (e.g.
422 SAKSOEKT_GAMMELT_REGELVERK for the old-regime debtor). The index itself is read, not validated.

Examples:
  elan-kit validate begjaering.json
  elan-kit validate fixtures/ --model 1.0 --json > result.json
  cat begjaering.json | elan-kit validate - --as-org 310478717 --today 2026-01-05
  elan-kit validate begjaering.json --spec utleggsbegjaering-api.yaml --model 2.0

Exit codes: 0 every file is valid (or gets the answer its fixtures index expects), 1 a file has schema
errors or kontrollutslag (or does not get the expected answer),
2 usage error or unreadable input (not found, empty, not JSON, larger than 10 MiB).`;

function resolveToday(value: string | undefined): string {
  if (value === undefined) {
    return osloDate(new Date());
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new CliError('ELAN_USAGE', `--today "${value}" is not a date.`, {
      hint: 'Write it as YYYY-MM-DD, e.g. --today 2026-01-05.',
    });
  }
  return value;
}

function resolveAsOrg(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const orgnr = value.replace(/\s/g, '');
  if (!isValidOrgnr(orgnr)) {
    throw new CliError('ELAN_USAGE', `--as-org "${value}" is not a valid organisasjonsnummer.`, {
      hint: 'Nine digits with a MOD11 check digit, e.g. --as-org 310478717.',
    });
  }
  return orgnr;
}

function loadSpec(path: string, cwd: string): { contract: Contract; warnings: ValidateWarning[] } {
  const { contract, warnings } = loadContractFromFile(resolve(cwd, path));
  return {
    contract,
    warnings: warnings.map((w) => ({
      code: w.code,
      message: `--spec ${path}: ${w.message}`,
      ...(w.pointer ? { pointer: w.pointer } : {}),
    })),
  };
}

export default defineElanCommand({
  meta: { name: 'validate' },
  args: {
    files: {
      type: 'positional',
      required: false,
      valueHint: 'file...',
      description: 'Files, directories or - for stdin',
    },
    model: { ...modelOption({ auto: true }), default: 'auto' },
    spec: {
      type: 'string',
      valueHint: 'openapi',
      description: 'Validate against this OpenAPI document (JSON or YAML)',
    },
    asOrg: {
      type: 'string',
      valueHint: 'orgnr',
      description: 'The authenticated organisation (default: the innsender)',
    },
    today: {
      type: 'string',
      valueHint: 'yyyy-mm-dd',
      description: "Today's date for the vilkår (default: the real date)",
    },
    json: { type: 'boolean', description: 'Print the results as JSON' },
  },
  help: HELP,
  async run({ args, output, cwd, stdin, colour }) {
    const files = args._.map(String);
    if (files.length === 0) {
      throw new CliError('ELAN_USAGE', 'Name at least one file, directory or - for stdin.', {
        hint: 'For example: elan-kit validate begjaering.json',
      });
    }
    const modelVersion = parseModelOption(args.model, { auto: true }) ?? 'auto';
    const today = resolveToday(args.today);
    const asOrg = resolveAsOrg(args.asOrg);
    const spec = args.spec ? loadSpec(args.spec, cwd) : undefined;

    const inputs = await readInputs(files, { cwd, stdin });
    const unreadable = inputs.flatMap((input) => (input.ok ? [] : [input.error]));
    if (unreadable.length > 0) {
      for (const { file, problem } of unreadable.slice(0, -1))
        output.err(`elan-kit: ${file === '-' ? 'standard input' : file} ${problem}.`);
      const last = unreadable.at(-1) as (typeof unreadable)[number];
      throw new CliError(
        'ELAN_INPUT_UNREADABLE',
        `${last.file === '-' ? 'standard input' : last.file} ${last.problem}.`,
        {
          hint: 'Nothing was validated; fix or leave out the unreadable input.',
        },
      );
    }

    const documents = inputs.flatMap((input) => (input.ok ? [input.input] : []));
    const indexes = new Map<string, FixturesIndex>();
    for (const { file, document } of documents) {
      const index = file === '-' ? undefined : readFixturesIndex(document, resolve(cwd, file));
      if (index) indexes.set(file, index);
    }
    const fixtureOf = (file: string) => {
      const path = resolve(cwd, file);
      for (const index of indexes.values()) {
        const entry = index.entries.get(path);
        if (entry) return { index, entry };
      }
      return undefined;
    };

    const register = createPartyRegister();
    const results: FileResult[] = documents.flatMap(({ file, document }) => {
      if (indexes.has(file)) return [];
      const fixture = file === '-' ? undefined : fixtureOf(file);
      if (fixture && fixture.entry.api !== 'utleggsbegjaering') {
        const settings = {
          today: fixture.index.today ?? today,
          register: fixture.index.seed === undefined ? register : createPartyRegister({ seed: fixture.index.seed }),
        };
        return [withExpectation(validateOperationBody(file, document, fixture.entry, settings), fixture.entry)];
      }
      if (!fixture && isKommuneDecision(document))
        return [validateKommuneDecision(file, document, { today, register })];
      const fixtureModel =
        fixture && isModelVersion(fixture.entry.contractVersion) ? fixture.entry.contractVersion : undefined;
      const result = validateDocument(file, document, {
        modelVersion: fixtureModel ?? modelVersion,
        today: fixture?.index.today ?? today,
        register: fixture?.index.seed === undefined ? register : createPartyRegister({ seed: fixture.index.seed }),
        ...(asOrg ? { asOrg } : {}),
        ...(spec ? { contract: spec.contract } : {}),
      });
      const withSpec = spec ? { ...result, warnings: [...spec.warnings, ...result.warnings] } : result;
      return [fixture ? withExpectation(withSpec, fixture.entry) : withSpec];
    });
    const skipped = [...indexes.entries()].map(([file, index]) => ({
      file,
      reason: `fixtures index: the expected answer of ${index.entries.size} payload(s), not a document`,
    }));

    if (args.json) {
      output.out(JSON.stringify({ files: results, ...(skipped.length > 0 ? { skipped } : {}) }, null, 2));
    } else {
      const palette = colour ? COLOURS : PLAIN;
      output.out(
        [
          ...skipped.map(({ file, reason }) => `${palette.bold(file)}  ${palette.dim(`– ${reason}`)}`),
          ...results.map((r) => renderFile(r, palette)),
          renderSummary(results, palette),
        ].join('\n\n'),
      );
    }
    return results.every((r) => (r.expected ? r.expected.met : r.valid)) ? ExitCode.Pass : ExitCode.Findings;
  },
});
