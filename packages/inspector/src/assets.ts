import { readFileSync } from 'node:fs';

/** The built page (`pnpm --filter @elan-kit/inspector build:ui` writes `assets/`; the files are committed). */
export interface PageAssets {
  readonly html: Buffer;
  readonly files: ReadonlyMap<string, { readonly type: string; readonly bytes: Buffer }>;
}

const ASSETS = new URL('../assets/', import.meta.url);

/** A strict policy: nothing but this origin, no inline script, no eval. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function loadPageAssets(): PageAssets {
  const read = (name: string) => readFileSync(new URL(name, ASSETS));
  return {
    html: read('index.html'),
    files: new Map([
      ['inspector.js', { type: 'text/javascript; charset=utf-8', bytes: read('inspector.js') }],
      ['inspector.css', { type: 'text/css; charset=utf-8', bytes: read('inspector.css') }],
    ]),
  };
}
