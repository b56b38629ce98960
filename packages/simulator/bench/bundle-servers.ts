/**
 * Bundles the two benchmark servers into plain JavaScript (`bench/dist/`), so that both run on bare `node`
 * as a built package would: no TypeScript loader thread, no source maps in memory.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

/** Each source file keeps its own `import.meta.url` (the schemas package finds its contracts with it). */
const ownImportMetaUrl: Plugin = {
  name: 'own-import-meta-url',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: 'ts',
    }));
  },
};

export async function bundleServers(): Promise<{ simulator: string; bare: string }> {
  const outdir = join(here, 'dist');
  await build({
    entryPoints: { 'simulator-server': join(here, 'simulator-server.ts'), 'bare-server': join(here, 'bare-server.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    // ES module builds first: a UMD `main` (jsonc-parser's) requires its own files at run time.
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    plugins: [ownImportMetaUrl],
    // CommonJS dependencies (ajv) call require(); give the ES module bundle one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  return { simulator: join(outdir, 'simulator-server.mjs'), bare: join(outdir, 'bare-server.mjs') };
}
