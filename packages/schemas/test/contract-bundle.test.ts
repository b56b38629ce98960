import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderBundles } from '../scripts/bundle.js';

describe('bundled contracts', () => {
  it('are exactly what the bundle step produces from the sources (run `pnpm --filter @elan-kit/schemas bundle`)', async () => {
    const rendered = await renderBundles();
    expect(rendered.length).toBeGreaterThan(0);
    for (const bundle of rendered) {
      expect(bundle.problems, bundle.name).toEqual([]);
      expect(existsSync(bundle.file), `${bundle.file} is missing`).toBe(true);
      expect(readFileSync(bundle.file, 'utf8') === bundle.json, `${bundle.name} is out of date`).toBe(true);
    }
    // Bundling every contract takes seconds on a loaded two-core machine.
  }, 120_000);

  it('are self-contained: no reference leaves the document', async () => {
    for (const bundle of await renderBundles()) {
      const refs = [...bundle.json.matchAll(/"\$ref": "([^"]*)"/g)].map((match) => match[1]);
      expect(
        refs.filter((ref) => !ref?.startsWith('#/')),
        bundle.name,
      ).toEqual([]);
    }
  });
});
