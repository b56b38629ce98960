import { stripVTControlCharacters } from 'node:util';
import { ElanError } from '@elan-kit/schemas';
import { type ArgsDef, parseArgs } from 'citty';
import type { CommandContext, ElanCommand } from './command.js';
import { commands } from './commands/index.js';
import { CliError } from './errors.js';
import { ExitCode } from './exit-code.js';
import { kitVersion } from './kit-version.js';
import type { Output } from './output.js';
import { resolveLang, useColour, withoutGlobalOptions } from './terminal.js';

export interface CliEnvironment {
  readonly output: Output;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin: () => Promise<Buffer>;
  readonly signal: AbortSignal;
}

const HELP_FLAGS = new Set(['--help', '-h']);
/** Options every command takes, read by runCli itself. */
const GLOBAL_OPTIONS = new Set(['--lang']);

function rootUsage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, { description }]) => `  ${name.padEnd(width)}  ${description}`);
  return [
    `elan-kit ${kitVersion()} — conformance test kit for Skatteetaten's ELAN APIs`,
    '',
    'Usage: elan-kit <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  --help, -h     Show help (also after a command, or: elan-kit help run)',
    '  --lang nb|en   Language of the output: --lang, else "lang" in the config file, else the locale',
    '                 (LC_ALL, LC_MESSAGES, LANG: nb/nn/no → bokmål, en → English), else bokmål',
    '',
    'Colour: NO_COLOR turns it off, FORCE_COLOR on; otherwise colour on a terminal.',
    '  --version, -v  Print the version',
    '',
    'Exit codes: 0 pass, 1 findings (failed checks, invalid documents), 2 usage or setup error.',
  ].join('\n');
}

function knownOptions(args: ArgsDef): Set<string> {
  const known = new Set<string>([...HELP_FLAGS, ...GLOBAL_OPTIONS]);
  for (const [key, def] of Object.entries(args)) {
    if (def.type === 'positional') continue;
    const kebab = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    for (const name of new Set([key, kebab])) {
      known.add(`--${name}`);
      if (def.type === 'boolean') known.add(`--no-${name}`);
    }
    const alias = 'alias' in def ? def.alias : undefined;
    const aliases = alias === undefined ? [] : Array.isArray(alias) ? alias : [alias];
    for (const alias of aliases) known.add(alias.length === 1 ? `-${alias}` : `--${alias}`);
  }
  return known;
}

/** Edit distance counting a swap of two neighbours as one edit (typos like "rnu"), for "did you mean". */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The nearest candidate, when it is near enough to be a typo. */
export function nearest(input: string, candidates: Iterable<string>): string | undefined {
  let best: { name: string; score: number } | undefined;
  for (const name of candidates) {
    const score = distance(input.toLowerCase(), name.toLowerCase());
    if (!best || score < best.score) best = { name, score };
  }
  return best && best.score <= Math.max(1, Math.floor(best.name.length / 3)) ? best.name : undefined;
}

function rejectUnknownOptions(command: ElanCommand, rawArgs: readonly string[]): void {
  const known = knownOptions(command.args);
  for (const arg of rawArgs) {
    if (arg === '--') return;
    // `-5` or `-0.5` is a value (a negative number), not an option.
    if (!arg.startsWith('-') || arg === '-' || /^-\d/.test(arg)) continue;
    const name = arg.split('=')[0] ?? arg;
    if (!known.has(name)) {
      const suggestion = nearest(
        name,
        [...known].filter((option) => option.startsWith('--')),
      );
      throw new CliError('ELAN_UNKNOWN_OPTION', `Unknown option ${name} for "elan-kit ${command.meta.name}".`, {
        hint: `${suggestion ? `Did you mean ${suggestion}? ` : ''}Run "elan-kit ${command.meta.name} --help" to see its options.`,
      });
    }
  }
}

function commandUsage(command: ElanCommand, description: string): string {
  const positionals: string[] = [];
  const options: Array<[string, string]> = [];
  for (const [key, def] of Object.entries(command.args)) {
    const description = def.description ?? '';
    if (def.type === 'positional') {
      const label = (def.valueHint ?? key).toUpperCase();
      positionals.push(def.required === false ? `[${label}]` : label);
      options.push([label, description]);
      continue;
    }
    const kebab = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const alias = 'alias' in def ? def.alias : undefined;
    const aliases = (alias === undefined ? [] : Array.isArray(alias) ? alias : [alias]).map((a) =>
      a.length === 1 ? `-${a}` : `--${a}`,
    );
    const hint = def.type === 'boolean' ? '' : ` ${(('valueHint' in def && def.valueHint) || 'value').toUpperCase()}`;
    const choices = def.type === 'enum' && 'options' in def && def.options ? ` (${def.options.join('|')})` : '';
    const fallback =
      'default' in def && def.default !== undefined && def.default !== false
        ? ` [default: ${String(def.default)}]`
        : '';
    options.push([[`--${kebab}${hint}`, ...aliases].join(', '), `${description}${choices}${fallback}`]);
  }
  options.push(['--lang NB|EN', 'Language of the output [default: config "lang", else the locale, else nb]']);
  options.push(['--help, -h', 'Show this help']);
  const width = Math.max(...options.map(([flag]) => flag.length));
  return [
    `elan-kit ${command.meta.name} — ${description}`,
    '',
    `Usage: elan-kit ${command.meta.name}${positionals.length ? ` ${positionals.join(' ')}` : ''} [options]`,
    '',
    'Options:',
    ...options.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
    ...(command.help ? ['', command.help.trimEnd()] : []),
  ].join('\n');
}

/** A positional whose value hint ends in `...` takes any number of values; otherwise each takes one. */
function rejectExtraPositionals(command: ElanCommand, positionals: readonly unknown[]): void {
  const defs = Object.values(command.args).filter((def) => def.type === 'positional');
  if (defs.some((def) => def.valueHint?.endsWith('...'))) return;
  const extra = positionals.slice(defs.length);
  if (extra.length === 0) return;
  throw new CliError(
    'ELAN_USAGE',
    `Unexpected argument${extra.length > 1 ? 's' : ''} ${extra.map((arg) => `"${String(arg)}"`).join(' ')} for "elan-kit ${command.meta.name}".`,
    {
      hint: `"elan-kit ${command.meta.name}" takes ${defs.length === 0 ? 'no arguments, only options' : `at most ${defs.length} argument(s)`}; run "elan-kit ${command.meta.name} --help".`,
    },
  );
}

function parseCommandArgs(command: ElanCommand, rawArgs: readonly string[]) {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(rawArgs as string[], command.args);
  } catch (error) {
    // citty's own argument errors (missing positional, value outside an enum) are usage errors too. citty colours
    // them for a terminal; the message goes through our own output, which may be a file or a CI log.
    const message = stripVTControlCharacters(error instanceof Error ? error.message : String(error));
    throw new CliError('ELAN_USAGE', message, {
      hint: `Run "elan-kit ${command.meta.name} --help" to see its arguments.`,
      cause: error,
    });
  }
  rejectExtraPositionals(command, parsed._);
  return parsed;
}

function printError(output: Output, error: unknown): void {
  if (error instanceof ElanError) {
    output.err(`elan-kit: ${error.message}`);
    if (error.hint) output.err(`  ${error.hint}`);
    return;
  }
  output.err('elan-kit: an internal error stopped the command. This is a bug in elan-kit; please report it.');
  output.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
}

/** Runs one command line and returns its exit code. The only place that decides exit codes. */
export async function runCli(argv: readonly string[], environment: CliEnvironment): Promise<ExitCode> {
  const { output } = environment;
  try {
    const [first, ...afterFirst] = argv;
    // `elan-kit help run` is `elan-kit run --help`.
    const helpFor = first === 'help' ? afterFirst[0] : undefined;
    const [name, ...rest] = helpFor === undefined ? argv : [helpFor, '--help'];
    if (name === undefined || HELP_FLAGS.has(name) || name === 'help') {
      output.out(rootUsage());
      return name === undefined ? ExitCode.UsageOrSetup : ExitCode.Pass;
    }
    if (name === '--version' || name === '-v') {
      output.out(kitVersion());
      return ExitCode.Pass;
    }
    const entry = commands[name];
    if (!entry) {
      const suggestion = nearest(name, Object.keys(commands));
      throw new CliError('ELAN_UNKNOWN_COMMAND', `Unknown command "${name}".`, {
        hint: `${suggestion ? `Did you mean "elan-kit ${suggestion}"? ` : ''}Run "elan-kit --help" to list the commands.`,
      });
    }
    const command = await entry.load();
    if (rest.some((arg) => HELP_FLAGS.has(arg))) {
      output.out(commandUsage(command, entry.description));
      return ExitCode.Pass;
    }
    rejectUnknownOptions(command, rest);
    const lang = resolveLang(rest, environment.cwd, environment.env);
    const context: CommandContext<ArgsDef> = {
      args: parseCommandArgs(command, withoutGlobalOptions(rest)),
      rawArgs: rest,
      output,
      cwd: environment.cwd,
      env: environment.env,
      stdin: environment.stdin,
      signal: environment.signal,
      lang,
      colour: useColour(output, environment.env),
    };
    return await command.run(context);
  } catch (error) {
    printError(output, error);
    return ExitCode.UsageOrSetup;
  }
}
