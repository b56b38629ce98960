import { defineConfig } from 'vitest/config';

// The packaging test builds, packs and installs the tarballs with npm (about two minutes, registry access):
// it runs once per CI run through `pnpm test:pack`, outside the hermetic unit suite (`pnpm test`).
export default defineConfig({
  test: {
    name: 'pack',
    root: import.meta.dirname,
    include: ['test-pack/**/*.test.ts'],
    testTimeout: 600_000,
  },
});
