import { relative, resolve } from 'node:path';
import { createPartyRegister, type PartyRegister } from '@elan-kit/fixtures';
import {
  DEFAULT_MODEL_VERSION,
  sanitizeTerminalText as inert,
  isModelVersion,
  isValidOrgnr,
  type OfficialSpec,
  osloDate,
} from '@elan-kit/schemas';
import { modelOption, parseModelOption } from '../args/model-option.js';
import { defineElanCommand } from '../command.js';
import { CliError } from '../errors.js';
import { ExitCode } from '../exit-code.js';
import { type FixturesIndex, readFixturesIndex } from '../fixtures-index.js';
import { loadCommandSpecs, printSpecs, SPEC_ARG, specFiles } from '../official-specs.js';
import { readRegisterFile } from '../run-support/party-register-file.js';
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
skipped) and - for standard input. Context for the vilkår: the party register of --register FILE (from
"elan-kit parties import/search"; a register marked complete also judges SAKSOEKT_MANGLER_I_REGISTERET),
else the fixtures' party register (seed 1), for ENK, hovedenhet and old-regime checks; today's date
(or --today); the authenticated organisation from --as-org, else the document's innsender. Vilkår that need an attachment registry or earlier
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
  elan-kit validate begjaering.json --register tenor-register.json
  elan-kit validate lookup.json --spec utleggsbegjaering-api.yaml --spec betjeningskartet-api.yaml

--spec loads an official OpenAPI document (OpenAPI 3.x, or Swagger 2.0 converted with swagger2openapi) in
place of the kit's reconstruction, once per API. Its operations are found by what they do (method, path
shape, request body); standard error shows the mapping, e.g. "validerNyBegjaering → POST
/api/v0/utleggsbegjaering/valider (operationId valider)". An operation the document lacks is judged by the
bundled contract, with a warning; map it in the config ("specs") when the kit cannot find it.

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

/** The document's warnings on every result it judged, so `--json` carries them too. */
function specWarnings(spec: OfficialSpec, cwd: string): ValidateWarning[] {
  return spec.warnings.map((w) => ({
    code: w.code,
    message: `--spec ${relative(cwd, spec.file)}: ${w.message}`,
    ...(w.pointer ? { pointer: w.pointer } : {}),
  }));
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
    spec: SPEC_ARG,
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
    register: {
      type: 'string',
      valueHint: 'file',
      description: 'Party register for the register vilkår (elan-kit parties import/search)',
    },
    json: { type: 'boolean', description: 'Print the results as JSON' },
  },
  help: HELP,
  async run({ args, rawArgs, output, cwd, stdin, colour }) {
    const files = args._.map(String);
    if (files.length === 0) {
      throw new CliError('ELAN_USAGE', 'Name at least one file, directory or - for stdin.', {
        hint: 'For example: elan-kit validate begjaering.json',
      });
    }
    const modelVersion = parseModelOption(args.model, { auto: true }) ?? 'auto';
    const today = resolveToday(args.today);
    const asOrg = resolveAsOrg(args.asOrg);
    const specs = await loadCommandSpecs({
      files: specFiles(rawArgs),
      cwd,
      modelVersion: modelVersion === 'auto' ? DEFAULT_MODEL_VERSION : modelVersion,
    });
    printSpecs(output, specs);
    const begjaeringSpec = specs.find((spec) => spec.api === 'utleggsbegjaering');
    const spec = begjaeringSpec && { contract: begjaeringSpec.contract, warnings: specWarnings(begjaeringSpec, cwd) };
    const contracts = specs.map((entry) => entry.contract);

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

    const register = args.register ? await readRegisterFile(args.register, cwd) : createPartyRegister();
    const registerName = args.register ? `the register ${args.register}` : undefined;
    const indexRegisters = new Map<string, PartyRegister>();
    for (const index of indexes.values()) {
      if (index.register && !indexRegisters.has(index.register)) {
        indexRegisters.set(index.register, await readRegisterFile(index.register, cwd));
      }
    }
    const registerOf = (index: FixturesIndex | undefined): PartyRegister => {
      if (index?.register) return indexRegisters.get(index.register) ?? register;
      return index?.seed === undefined ? register : createPartyRegister({ seed: index.seed });
    };
    const results: FileResult[] = documents.flatMap(({ file, document }) => {
      if (indexes.has(file)) return [];
      const fixture = file === '-' ? undefined : fixtureOf(file);
      if (fixture && fixture.entry.api !== 'utleggsbegjaering') {
        const settings = {
          contracts,
          today: fixture.index.today ?? today,
          register: registerOf(fixture.index),
        };
        return [withExpectation(validateOperationBody(file, document, fixture.entry, settings), fixture.entry)];
      }
      if (!fixture && isKommuneDecision(document))
        return [validateKommuneDecision(file, document, { today, register, contracts })];
      const fixtureModel =
        fixture && isModelVersion(fixture.entry.contractVersion) ? fixture.entry.contractVersion : undefined;
      const result = validateDocument(file, document, {
        ...(fixture?.index.register
          ? { registerName: `the register ${fixture.index.register}` }
          : registerName && fixture?.index.seed === undefined
            ? { registerName }
            : {}),
        modelVersion: fixtureModel ?? modelVersion,
        today: fixture?.index.today ?? today,
        register: registerOf(fixture?.index),
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
      // With colours the text bypasses the output's sanitiser: every value from the documents is made inert first.
      (colour ? output.styled : output).out(
        [
          ...skipped.map(({ file, reason }) => `${palette.bold(inert(file))}  ${palette.dim(`– ${inert(reason)}`)}`),
          ...results.map((r) => renderFile(r, palette)),
          renderSummary(results, palette),
        ].join('\n\n'),
      );
    }
    return results.every((r) => (r.expected ? r.expected.met : r.valid)) ? ExitCode.Pass : ExitCode.Findings;
  },
});
