import type { Lang } from '@elan-kit/reporter';
import type { ArgsDef, ParsedArgs } from 'citty';
import type { ExitCode } from './exit-code.js';
import type { Output } from './output.js';

export interface CommandContext<T extends ArgsDef> {
  readonly args: ParsedArgs<T>;
  /** The arguments as typed, for options that may be repeated (citty keeps only the last value). */
  readonly rawArgs: readonly string[];
  readonly output: Output;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Standard input, for commands that accept `-`. */
  readonly stdin: () => Promise<Buffer>;
  /** Aborted on SIGINT/SIGTERM: long-running commands stop cleanly and still write what they have. */
  readonly signal: AbortSignal;
  /** The language of terminal output and reports (`--lang`, config, locale; see terminal.ts). */
  readonly lang: Lang;
  /** Whether to colour terminal output (NO_COLOR, FORCE_COLOR, a terminal; see terminal.ts). */
  readonly colour: boolean;
}

export interface ElanCommand<T extends ArgsDef = ArgsDef> {
  /** The command's name; its one-line description lives in the command registry (commands/index.ts). */
  readonly meta: { readonly name: string };
  readonly args: T;
  /** Extra text shown under `--help`: examples, environment variables, exit codes. */
  readonly help?: string;
  run(context: CommandContext<T>): Promise<ExitCode>;
}

/** Typed helper for command modules (citty's `defineCommand`, with an exit code as the result). */
export function defineElanCommand<const T extends ArgsDef>(command: ElanCommand<T>): ElanCommand<T> {
  return command;
}
