import { defineConfig } from 'vitest/config';

// End-to-end runs of whole vendor systems (the independent Python test client with every defect, the example
// adapters in Python and Java): minutes of real processes, so once per CI run through `pnpm test:e2e`, outside the
// unit suite (`pnpm test`).
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['test-e2e/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
