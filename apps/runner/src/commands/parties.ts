import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  createHttpClient,
  createSystemClock,
  createTokenProvider,
  isProductionHost,
  searchTenor,
  TENOR,
  TEST_ENVIRONMENT,
} from '@elan-kit/conformance';
import {
  findTenorQuery,
  importTenorPages,
  mergeRegisterDocuments,
  PARTY_LACK_EFFECTS,
  TENOR_KILDER,
  TENOR_QUERIES,
  type TenorImportResult,
  type TenorInput,
  type TenorKilde,
} from '@elan-kit/fixtures';
import { osloDate, type PartyRegisterDocument, type RegisterPartyData } from '@elan-kit/schemas';
import { defineElanCommand } from '../command.js';
import { loadKitConfig } from '../config/load-kit-config.js';
import { resolveMaskinportenSettings } from '../config/maskinporten.js';
import { CliError } from '../errors.js';
import { ExitCode } from '../exit-code.js';
import type { Output } from '../output.js';
import { readRegisterDocument, writeRegisterFile } from '../run-support/party-register-file.js';
import { readInputs } from './validate/read-inputs.js';

const DEFAULT_OUT = 'tenor-register.json';
const MAX_ANTALL = 2000;

/** Text from a file or a server on one line, without control characters. */
function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

function nameOf(party: RegisterPartyData): string {
  const name =
    party.kind === 'person'
      ? [party.fornavn, party.mellomnavn, party.etternavn].filter(Boolean).join(' ')
      : (party.navn ?? '');
  return printable(name) || '(no name)';
}

function describeKind(party: RegisterPartyData): string {
  if (party.kind === 'person') return party.identifikatortype === 'dnr' ? 'person (D-nummer)' : 'person';
  const form = party.organisasjonsform ?? '?';
  return `${form}${party.hovedenhet === false ? ' underenhet' : ''}`;
}

function printRegister(output: Output, document: PartyRegisterDocument, lang: 'nb' | 'en'): void {
  for (const party of [...document.persons, ...document.organisations]) {
    const locked = party.locked
      ? lang === 'nb'
        ? '  (låst til gammelt regelverk)'
        : '  (locked to the old regime)'
      : '';
    output.out(`${party.identifier}  ${describeKind(party).padEnd(17)}  ${nameOf(party)}${locked}`);
    for (const lack of party.lacks) {
      const effect = PARTY_LACK_EFFECTS[lack];
      const vilkaar = effect.vilkaar.length > 0 ? ` [${effect.vilkaar.join(', ')}]` : '';
      output.out(`    ! ${effect[lang]}${vilkaar}`);
    }
  }
  const lacking = [...document.persons, ...document.organisations].filter((p) => p.lacks.length > 0).length;
  output.out(
    lang === 'nb'
      ? `${document.persons.length} personer, ${document.organisations.length} virksomheter; ${lacking} mangler noe (se over).`
      : `${document.persons.length} persons, ${document.organisations.length} organisations; ${lacking} lack something (see above).`,
  );
}

function resolveKilde(value: string | undefined): TenorKilde | undefined {
  if (value === undefined) return undefined;
  if ((TENOR_KILDER as readonly string[]).includes(value)) return value as TenorKilde;
  throw new CliError('ELAN_USAGE', `Unknown kilde "${value}".`, { hint: `Use --kilde ${TENOR_KILDER.join(' or ')}.` });
}

async function writeResult(
  result: Pick<TenorImportResult, 'document'>,
  options: { out: string; add: boolean; cwd: string; output: Output; lang: 'nb' | 'en'; json: boolean },
): Promise<void> {
  const existing =
    options.add && existsSync(resolve(options.cwd, options.out))
      ? await readRegisterDocument(options.out, options.cwd)
      : undefined;
  const document = existing ? mergeRegisterDocuments(existing, result.document) : result.document;
  const path = await writeRegisterFile(options.out, options.cwd, document);
  if (options.json) options.output.out(JSON.stringify(document, null, 2));
  else printRegister(options.output, document, options.lang);
  options.output.err(`${options.lang === 'nb' ? 'Partsregister' : 'Party register'}: ${path}`);
}

const HELP = `Test parties from Tenor (Syntetisk Norge), as a party register file the kit uses:
"fixtures --register", "validate --register" and "run --target test" (--register or test.register).

  elan-kit parties import FILE…      Tenor search results saved as JSON (the search API's pages:
                                     dokumentListe, with or without tenorMetadata; freg and brreg-er-fr)
  elan-kit parties search            Searches Tenor itself with a Maskinporten test token for
                                     ${TENOR.scope} (the client of --target test)
  elan-kit parties queries           The ready-made searches

Each party's line says what it lacks (no address, no birth date, not bosatt, an underenhet, …) and which
vilkår or scenarios that affects. A real-looking fødselsnummer, D-nummer or orgnr anywhere in a file stops
the import with its location; nothing is written.

Ready-made searches (--query NAME):
${TENOR_QUERIES.map((q) => `  ${q.name.padEnd(17)} ${q.kilde.padEnd(12)} ${q.en}`).join('\n')}

Examples:
  elan-kit parties import soek-freg.json soek-brreg.json --out tenor.json
  elan-kit parties search --query bosatt-voksen --antall 20 --out tenor.json
  elan-kit parties search --query as-hovedenhet --antall 5 --out tenor.json --add
  elan-kit parties search --kql "tenorMetadata.id:04824595637" --kilde freg --out tenor.json --add

Paging: Tenor returns at most 200 hits per search; more are collected with other seeds and de-duplicated.
Exit codes: 0 written, 2 usage error, unreadable or non-synthetic input, or Tenor/Maskinporten refused.`;

export default defineElanCommand({
  meta: { name: 'parties' },
  args: {
    action: { type: 'positional', description: 'import, search or queries', valueHint: 'action' },
    out: { type: 'string', description: `Register file to write [default: ${DEFAULT_OUT}]`, valueHint: 'file' },
    add: { type: 'boolean', description: 'Add to the register file instead of replacing it' },
    kilde: { type: 'string', description: 'freg (persons) or brreg-er-fr (organisations)', valueHint: 'kilde' },
    kql: { type: 'string', description: 'search: a KQL query', valueHint: 'query' },
    query: { type: 'string', description: 'search: a ready-made query (see below)', valueHint: 'name' },
    antall: { type: 'string', description: 'search: how many parties [default: 20]', valueHint: 'n' },
    seed: { type: 'string', description: 'search: the first Tenor seed [default: 1]', valueHint: 'n' },
    url: { type: 'string', description: `search: Tenor API root [default: ${TENOR.baseUrl}]`, valueHint: 'url' },
    complete: {
      type: 'boolean',
      description: 'Declare the register complete: a saksøkt it lacks is SAKSOEKT_MANGLER_I_REGISTERET',
    },
    config: {
      type: 'string',
      description: 'Config file [default: ./elan-kit.config.json if present]',
      valueHint: 'file',
    },
    lang: { type: 'enum', options: ['nb', 'en'], description: 'Language of the party report [default: en]' },
    json: { type: 'boolean', description: 'Print the register as JSON' },
  },
  help: HELP,
  async run({ args, cwd, env, output, signal }) {
    const action = String(args.action ?? '');
    const files = args._.map(String).slice(1);
    const lang = (args.lang as 'nb' | 'en' | undefined) ?? 'en';
    const today = osloDate(new Date());
    const write = { out: args.out ?? DEFAULT_OUT, add: args.add === true, cwd, output, lang, json: args.json === true };
    const kilde = resolveKilde(args.kilde);

    if (action === 'queries') {
      for (const query of TENOR_QUERIES)
        output.out(`${query.name.padEnd(17)} ${query.kilde.padEnd(12)} ${query.kql}\n${''.padEnd(30)} ${query[lang]}`);
      return ExitCode.Pass;
    }

    if (action === 'import') {
      if (files.length === 0) {
        throw new CliError('ELAN_USAGE', 'Name at least one file with Tenor search results.', {
          hint: 'For example: elan-kit parties import soek-freg.json --out tenor.json',
        });
      }
      const inputs = await readInputs(files, { cwd, stdin: async () => Buffer.alloc(0) });
      const pages: TenorInput[] = [];
      for (const input of inputs) {
        if (!input.ok) {
          throw new CliError('ELAN_INPUT_UNREADABLE', `${input.error.file} ${input.error.problem}.`, {
            hint: 'Nothing was imported; fix or leave out the unreadable file.',
          });
        }
        pages.push({ file: input.input.file, value: input.input.document });
      }
      const result = importTenorPages(pages, { today, ...(kilde ? { kilde } : {}), complete: args.complete === true });
      output.err(
        `${result.documents} hits on ${result.pages} page(s) from ${files.length} file(s); ${result.duplicates} duplicate(s) left out.`,
      );
      for (const field of result.unread) output.err(`  not read: ${field.location}: ${field.message}`);
      await writeResult(result, write);
      return ExitCode.Pass;
    }

    if (action === 'search') {
      const named = args.query === undefined ? undefined : findTenorQuery(args.query);
      if (args.query !== undefined && !named) {
        throw new CliError('ELAN_USAGE', `Unknown ready-made query "${args.query}".`, {
          hint: `Use one of ${TENOR_QUERIES.map((q) => q.name).join(', ')}, or --kql.`,
        });
      }
      const kql = args.kql ?? named?.kql;
      if (!kql) {
        throw new CliError('ELAN_USAGE', 'Give --kql "…" or --query NAME.', {
          hint: 'For example: elan-kit parties search --query bosatt-voksen --antall 20',
        });
      }
      const antall = Number(args.antall ?? 20);
      const seed = Number(args.seed ?? 1);
      if (!Number.isInteger(antall) || antall < 1 || antall > MAX_ANTALL) {
        throw new CliError('ELAN_USAGE', `--antall must be a whole number from 1 to ${MAX_ANTALL}.`);
      }
      if (!Number.isInteger(seed) || seed < 0) throw new CliError('ELAN_USAGE', '--seed must be a whole number.');
      const config = loadKitConfig({ cwd, env, configPath: args.config });
      const settings = await resolveMaskinportenSettings(config, env);
      if (!settings) {
        throw new CliError('ELAN_SETUP', 'Searching Tenor needs a Maskinporten client (the one for --target test).', {
          hint: `Set ELAN_KIT_CLIENT_ID, ELAN_KIT_ORGNR and ELAN_KIT_MASKINPORTEN_KEY(_FILE); the client needs the scope ${TENOR.scope} in Maskinporten's test environment.`,
        });
      }
      const tokenEndpoint = settings.tokenEndpoint ?? TEST_ENVIRONMENT.maskinporten.tokenEndpoint;
      if (isProductionHost(new URL(tokenEndpoint).hostname) && !config.allowProduction) {
        throw new CliError(
          'ELAN_SETUP',
          `Tenor is searched with a test token; ${tokenEndpoint} is production Maskinporten.`,
          {
            hint: `Use ${TEST_ENVIRONMENT.maskinporten.tokenEndpoint}.`,
          },
        );
      }
      const http = createHttpClient();
      try {
        const tokens = createTokenProvider({
          client: {
            clientId: settings.clientId,
            ...(settings.orgnr ? { orgnr: settings.orgnr } : {}),
            scope: TENOR.scope,
            issuer:
              settings.issuer ??
              (settings.tokenEndpoint ? `${new URL(tokenEndpoint).origin}/` : TEST_ENVIRONMENT.maskinporten.issuer),
            tokenEndpoint,
            key: settings.key,
          },
          http,
          clock: createSystemClock(),
        });
        const searchKilde = kilde ?? named?.kilde ?? 'freg';
        output.err(`Tenor ${searchKilde}: "${printable(kql)}" (${antall} wanted)`);
        const result = await searchTenor({
          http,
          tokens,
          baseUrl: args.url ?? config.tenor.baseUrl ?? TENOR.baseUrl,
          kilde: searchKilde,
          kql,
          antall,
          seed,
          signal,
          onProgress: (p) =>
            output.err(
              `  ${p.collected}/${Math.min(p.wanted, p.treff)} parties (treff ${p.treff}, seed ${p.seed}, side ${p.side})`,
            ),
        });
        if (result.treff === 0) output.err('  No hits: nothing to import.');
        const imported = importTenorPages(
          result.pages.map((page) => ({ file: `seed ${page.seed} side ${page.side}`, value: page.body, kql })),
          { today, kilde: searchKilde, complete: args.complete === true },
        );
        output.err(
          `${result.requests} request(s), seeds ${result.seeds.join(', ')}; ${imported.duplicates} duplicate(s) left out.`,
        );
        await writeResult(imported, write);
        return ExitCode.Pass;
      } finally {
        await http.close();
      }
    }

    throw new CliError('ELAN_USAGE', action === '' ? 'Which action?' : `Unknown parties action "${action}".`, {
      hint: 'Use "elan-kit parties import FILE…", "elan-kit parties search --query NAME" or "elan-kit parties queries".',
    });
  },
});
