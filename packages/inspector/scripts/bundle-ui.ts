import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';

/** The page as it is committed under `assets/`: built in memory, so the drift test can compare. */
export async function bundleUi(): Promise<{ js: string; css: string }> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../ui/main.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    charset: 'utf8',
  });
  const js = result.outputFiles[0]?.text ?? '';
  const css = await transform(readFileSync(new URL('../ui/styles.css', import.meta.url), 'utf8'), {
    loader: 'css',
    minify: true,
  });
  return { js, css: css.code };
}
