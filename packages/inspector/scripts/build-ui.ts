/**
 * Bundles the page (`ui/`) into `assets/` with esbuild: one ES module, one stylesheet, the HTML. The output is
 * committed, so `pnpm start` and the published package need no build step; a test fails when it drifts.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleUi } from './bundle-ui.js';

const assets = fileURLToPath(new URL('../assets/', import.meta.url));
mkdirSync(assets, { recursive: true });
const bundle = await bundleUi();
writeFileSync(`${assets}inspector.js`, bundle.js);
writeFileSync(`${assets}inspector.css`, bundle.css);
copyFileSync(fileURLToPath(new URL('../ui/index.html', import.meta.url)), `${assets}index.html`);
process.stdout.write(
  `assets/ written: inspector.js ${bundle.js.length} bytes, inspector.css ${bundle.css.length} bytes\n`,
);
