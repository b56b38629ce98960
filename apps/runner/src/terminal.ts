import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { LANGS, type Lang } from '@elan-kit/reporter';
import { CONFIG_FILE_NAMES } from './config/load-config.js';
import { CliError } from './errors.js';
import { decodeJson } from './input/input-file.js';
import type { Output } from './output.js';

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Colour on a terminal, as every command decides it: FORCE_COLOR (any value but 0 or false) turns it on,
 * NO_COLOR (any non-empty value, https://no-color.org) turns it off, otherwise colour when stderr is a terminal.
 */
export function useColour(output: Output, env: Env): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '0' && force.toLowerCase() !== 'false') return true;
  if (env['NO_COLOR']) return false;
  return output.interactive;
}

/** The language of a locale variable (`nb_NO.UTF-8`, `en_GB`), when it names one the kit speaks. */
function langOfLocale(value: string | undefined): Lang | undefined {
  const language = value?.toLowerCase().split(/[_.@-]/)[0];
  if (language === 'nb' || language === 'nn' || language === 'no') return 'nb';
  if (language === 'en') return 'en';
  return undefined;
}

/** The arguments without `--lang X` / `--lang=X`, which runCli reads for every command. */
export function withoutGlobalOptions(argv: readonly string[]): string[] {
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang') i++;
    else if (!arg.startsWith('--lang=')) rest.push(arg);
  }
  return rest;
}

/** `--lang X` or `--lang=X` anywhere before `--`. */
function optionValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') return undefined;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

function configLang(argv: readonly string[], cwd: string): Lang | undefined {
  const explicit = optionValue(argv, '--config');
  const file = explicit
    ? isAbsolute(explicit)
      ? explicit
      : resolve(cwd, explicit)
    : CONFIG_FILE_NAMES.map((name) => resolve(cwd, name)).find((path) => existsSync(path));
  if (!file) return undefined;
  try {
    // Only the language is wanted here; a command that uses the config reports its problems itself.
    const parsed = decodeJson(readFileSync(file), { jsonc: true });
    const lang = parsed.ok ? (parsed.value as { lang?: unknown } | null)?.lang : undefined;
    return (LANGS as readonly unknown[]).includes(lang) ? (lang as Lang) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The language of terminal output, the same way for every command: `--lang`, else `lang` in the config file,
 * else the locale (LC_ALL, LC_MESSAGES, LANG: nb, nn and no speak bokmål, en English), else bokmål.
 */
export function resolveLang(argv: readonly string[], cwd: string, env: Env): Lang {
  const flag = optionValue(argv, '--lang');
  if (flag !== undefined) {
    if ((LANGS as readonly string[]).includes(flag)) return flag as Lang;
    throw new CliError('ELAN_USAGE', `--lang "${flag}" is not a language elan-kit speaks.`, {
      hint: `Use --lang ${LANGS.join(' or --lang ')} (nb is Norwegian bokmål).`,
    });
  }
  const fromConfig = configLang(argv, cwd);
  if (fromConfig) return fromConfig;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (!value) continue;
    // POSIX: the first variable that is set decides, even when it names no language we speak.
    return langOfLocale(value) ?? 'nb';
  }
  return 'nb';
}
