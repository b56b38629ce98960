import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReporterError } from './errors.js';
import type { ChromiumOptions } from './types.js';

/** Environment variables that name a Chromium binary, most specific first. */
export const CHROMIUM_ENV_VARS = ['ELAN_KIT_CHROMIUM', 'CHROMIUM_PATH'] as const;

/** Where Debian/Ubuntu and Google's packages put the browser. */
export const CHROMIUM_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** Flags that work in containers and CI: no sandbox (often root), no GPU, nothing phoning home. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

const HOW_TO_GET_CHROMIUM =
  'Install one with "apt-get install chromium" on Debian/Ubuntu, or set ELAN_KIT_CHROMIUM to the path of a Chromium or Chrome binary.';

export interface FindChromiumOptions extends ChromiumOptions {
  /** For tests: decides whether a path exists. */
  readonly exists?: (path: string) => boolean;
  readonly candidates?: readonly string[];
}

/** Returns the Chromium binary to use, or `undefined` when there is none. Never downloads anything. */
export function findChromium(options: FindChromiumOptions = {}): string | undefined {
  const exists = options.exists ?? existsSync;
  if (options.executablePath) return exists(options.executablePath) ? options.executablePath : undefined;
  for (const name of CHROMIUM_ENV_VARS) {
    const path = options.env?.[name];
    if (path) return exists(path) ? path : undefined;
  }
  return (options.candidates ?? CHROMIUM_CANDIDATES).find((path) => exists(path));
}

/** Like `findChromium`, but throws `ELAN_CHROMIUM_NOT_FOUND` with the way to get one. */
export function resolveChromium(options: FindChromiumOptions = {}): string {
  const found = findChromium(options);
  if (found) return found;
  const configured =
    options.executablePath ??
    CHROMIUM_ENV_VARS.map((name) => (options.env?.[name] ? `${name}=${options.env[name]}` : undefined)).find(Boolean);
  const looked = configured
    ? `${configured} does not exist`
    : `looked at ${[...(options.candidates ?? CHROMIUM_CANDIDATES), ...CHROMIUM_ENV_VARS.map((name) => `$${name}`)].join(', ')}`;
  throw new ReporterError(
    'ELAN_CHROMIUM_NOT_FOUND',
    `PDF output needs a local Chromium, and none was found (${looked}).`,
    {
      hint: HOW_TO_GET_CHROMIUM,
    },
  );
}

/** A fresh, private profile directory per launch; removed afterwards. */
export function createProfileDir(): { readonly path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'elan-kit-chromium-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
