import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import {
  type AttachmentKind,
  attachmentFile,
  DEFAULT_SEED,
  DEFAULT_TODAY,
  type Fixture,
  fixtureAttachmentFiles,
  fixtureSet,
} from '@elan-kit/fixtures';
import { DEFAULT_MODEL_VERSION, loadContract } from '@elan-kit/schemas';
import { removeFileInside, writeFileInside } from '@elan-kit/simulator/safe-fs';
import { modelOption, parseModelOption } from '../args/model-option.js';
import { defineElanCommand } from '../command.js';
import { CliError } from '../errors.js';
import { ExitCode } from '../exit-code.js';
import { FIXTURES_GENERATOR, FIXTURES_INDEX_FILE } from '../fixtures-index.js';
import { loadRateTable, withRateHelp } from '../input/rates.js';
import { kitVersion } from '../kit-version.js';
import { readRegisterFile } from '../run-support/party-register-file.js';

const NEGATIVE_DIR = 'vedlegg/negative';

/** Attachments ELAN must refuse, and what a vendor's system should see when it uploads each. */
const NEGATIVE_ATTACHMENTS: ReadonlyArray<{ kind: AttachmentKind; expected: string }> = [
  { kind: 'notPdf', expected: 'Upload accepted; the attachment then fails conversion (IKKE_KONVERTERBAR).' },
  { kind: 'brokenPdf', expected: 'Upload accepted; the attachment then fails conversion (KONVERTERING_FEILET).' },
  { kind: 'eicar', expected: 'Upload accepted; the virus check then fails the attachment (VIRUS_FUNNET).' },
  { kind: 'oversize', expected: 'Refused with 413: larger than the upload limit.' },
];

async function listDirectory(path: string): Promise<string[] | undefined> {
  try {
    return await readdir(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliError('ELAN_INPUT_UNREADABLE', `Cannot read the output directory ${path}.`, { cause: error });
  }
}

/** With --force, files a previous run listed in its index.json are removed so no stale payload stays behind. */
async function removePreviousRun(out: string): Promise<void> {
  let index: unknown;
  try {
    index = JSON.parse(await readFile(join(out, FIXTURES_INDEX_FILE), 'utf8'));
  } catch {
    return;
  }
  const previous = index as { generator?: unknown; files?: unknown };
  if (previous.generator !== FIXTURES_GENERATOR || !Array.isArray(previous.files)) return;
  for (const file of previous.files) {
    if (typeof file === 'string') await removeFileInside(out, file);
  }
}

function parseSeed(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_SEED;
  if (!/^\d{1,9}$/.test(value)) {
    throw new CliError('ELAN_USAGE', `--seed must be a whole number from 0 to 999999999, got "${value}".`);
  }
  return Number(value);
}

function operationRoute(fixture: Fixture): { method: string; path: string } | undefined {
  const operation = loadContract(fixture.api, fixture.contractVersion).operations.find(
    (candidate) => candidate.operationId === fixture.operationId,
  );
  return operation ? { method: operation.method, path: operation.path } : undefined;
}

function sha256(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export default defineElanCommand({
  meta: { name: 'fixtures' },
  args: {
    out: { type: 'string', description: 'Directory to write to', valueHint: 'dir' },
    model: { ...modelOption(), default: DEFAULT_MODEL_VERSION },
    seed: {
      type: 'string',
      description: 'Seed for parties, references and ids',
      valueHint: 'n',
      default: String(DEFAULT_SEED),
    },
    today: {
      type: 'string',
      description: 'Begjæringsdato; every date in the payloads lies before it',
      valueHint: 'date',
      default: DEFAULT_TODAY,
    },
    rates: {
      type: 'string',
      description: 'JSON file with forsinkelsesrente for half-years after the built-in table',
      valueHint: 'file',
    },
    register: {
      type: 'string',
      description: 'Build the payloads from this party register (elan-kit parties import/search)',
      valueHint: 'file',
    },
    force: { type: 'boolean', description: 'Write into a directory that is not empty' },
    negative: {
      type: 'boolean',
      description: 'Also write attachments ELAN must refuse (not a PDF, broken PDF, EICAR test virus, over 25 MiB)',
    },
  },
  help: [
    'Writes one JSON file per payload (minimal, complex, old-regime-debtor, kommune-beslutning,',
    'oppslag-samordnet-trekk, betjeningskartet-lookup, betjeningskartet-lookup-old-regime), the PDF',
    'attachments each payload refers to under vedlegg/<payload>/, and index.json describing every file:',
    'operation, method and path, expected answer, parties and attachment uuids. Only synthetic data:',
    'Tenor identifiers, invented names. Same seed and date, same bytes.',
    '',
    `With --negative, also writes under ${NEGATIVE_DIR}/ the files an upload must fail with: text that is not a`,
    'PDF, a broken PDF, the EICAR anti-virus test file (a virus scanner on your machine may quarantine it; that',
    'is what it is for) and a 26 MiB PDF over the upload limit.',
    '',
    'Examples:',
    '  elan-kit fixtures --out fixtures',
    '  elan-kit fixtures --out fixtures-2.0 --model 2.0 --seed 42',
    '  elan-kit fixtures --out fixtures --force --today 2026-09-01 --rates rates-2026.json',
    '  elan-kit fixtures --out fixtures --negative',
    '  elan-kit fixtures --out fixtures-tenor --register tenor-register.json',
    '',
    'With --register, the parties come from that register (e.g. imported from Tenor); a payload the register',
    'has no party for (a municipality for kommune-beslutning) is left out, and index.json names the register.',
    '',
    'Exit codes: 0 written; 2 bad option, directory not empty without --force, or a missing interest rate.',
  ].join('\n'),
  async run({ args, output, cwd, env }) {
    if (!args.out) {
      throw new CliError('ELAN_USAGE', '--out is required.', { hint: 'For example: elan-kit fixtures --out fixtures' });
    }
    const model = parseModelOption(args.model) ?? DEFAULT_MODEL_VERSION;
    const seed = parseSeed(args.seed);
    const rates = loadRateTable({ cwd, env, ratesFile: args.rates });
    const register = args.register ? await readRegisterFile(args.register, cwd) : undefined;
    const set = withRateHelp(() =>
      fixtureSet(model, seed, {
        ...(args.today ? { today: args.today } : {}),
        rates,
        ...(register ? { register } : {}),
      }),
    );

    const out = resolve(cwd, args.out);
    const existing = await listDirectory(out);
    if (existing && existing.length > 0) {
      if (!args.force) {
        throw new CliError('ELAN_USAGE', `${out} is not empty; not overwriting it.`, {
          hint: 'Choose an empty directory, or add --force to write into it.',
        });
      }
      await removePreviousRun(out);
    }

    const written: string[] = [];
    const write = async (file: string, content: string | Uint8Array): Promise<void> => {
      await writeFileInside(out, file, content);
      written.push(file);
    };

    const entries = [];
    for (const fixture of set.fixtures) {
      const file = `${fixture.name}.json`;
      await write(file, `${JSON.stringify(fixture.payload, null, 2)}\n`);
      const attachments = [];
      for (const attachment of fixtureAttachmentFiles(fixture)) {
        const attachmentFile = `vedlegg/${fixture.name}/${attachment.filnavn}`;
        await write(attachmentFile, attachment.bytes);
        attachments.push({
          uuid: attachment.uuid,
          filnavn: attachment.filnavn,
          type: attachment.type,
          mediaType: attachment.mediaType,
          file: attachmentFile,
          bytes: attachment.bytes.length,
          sha256: sha256(attachment.bytes),
        });
      }
      entries.push({
        name: fixture.name,
        file,
        description: fixture.description,
        api: fixture.api,
        ...(fixture.contractVersion ? { contractVersion: fixture.contractVersion } : {}),
        operationId: fixture.operationId,
        ...operationRoute(fixture),
        expected: fixture.expected,
        parties: fixture.parties,
        attachments,
      });
      output.out(`  ${file.padEnd(42)} ${fixture.description}`);
      if (attachments.length > 0)
        output.out(`  ${`vedlegg/${fixture.name}/`.padEnd(42)} ${attachments.length} PDF attachment(s)`);
    }
    const negativeAttachments = [];
    if (args.negative) {
      for (const { kind, expected } of NEGATIVE_ATTACHMENTS) {
        const attachment = attachmentFile(kind);
        const file = `${NEGATIVE_DIR}/${attachment.filnavn}`;
        await write(file, attachment.bytes);
        negativeAttachments.push({
          kind,
          filnavn: attachment.filnavn,
          mediaType: attachment.mediaType,
          file,
          bytes: attachment.bytes.length,
          sha256: sha256(attachment.bytes),
          expected,
        });
      }
      output.out(
        `  ${`${NEGATIVE_DIR}/`.padEnd(42)} ${negativeAttachments.length} attachments an upload must fail with`,
      );
    }
    const index = {
      generator: FIXTURES_GENERATOR,
      kitVersion: kitVersion(),
      modelVersion: set.modelVersion,
      seed: set.seed,
      ...(args.register ? { register: relative(out, resolve(cwd, args.register)) } : {}),
      today: set.today,
      fixtures: entries,
      ...(args.negative ? { negativeAttachments } : {}),
      files: [...written, FIXTURES_INDEX_FILE],
    };
    await write(FIXTURES_INDEX_FILE, `${JSON.stringify(index, null, 2)}\n`);
    output.out(
      `Wrote ${written.length} files for model ${set.modelVersion} (seed ${set.seed}, today ${set.today}) to ${out}`,
    );
    return ExitCode.Pass;
  },
});
