import type { RunResult } from '@elan-kit/schemas';

/** Report languages: Norwegian bokmål first, English second. */
export type Lang = 'nb' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'en'];

/** Where to find a local Chromium for PDF output. */
export interface ChromiumOptions {
  /** Use exactly this browser binary. */
  readonly executablePath?: string;
  /** Environment to read `ELAN_KIT_CHROMIUM` / `CHROMIUM_PATH` from (defaults to none: pass `process.env` at the edge). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface RenderOptions {
  /** Report language; bokmål by default. */
  readonly lang?: Lang;
  /** An earlier run of the same suite: every text format gets a "what changed" section. */
  readonly compareWith?: RunResult;
  /** IANA time zone for dates; Norwegian time by default. */
  readonly timeZone?: string;
  /** Only the PDF renderer uses this. */
  readonly chromium?: ChromiumOptions;
}

/** One rendered output file, named relative to the report folder. */
export interface ReportFile {
  readonly name: string;
  readonly format: string;
  readonly mediaType: string;
  readonly contents: string | Uint8Array;
}

/**
 * One output format. Every renderer except PDF is a pure function of `(result, options)`;
 * adding a format means adding a module and one registry line.
 */
export interface Renderer {
  readonly name: string;
  /** Appended to the report's base name, e.g. `.junit.xml`. */
  readonly extension: string;
  readonly mediaType: string;
  readonly description: string;
  render(result: RunResult, options: RenderOptions): string | Uint8Array | Promise<string | Uint8Array>;
}
