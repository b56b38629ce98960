import { defineProject } from 'vitest/config';

// Vite 6+ resolves server-side (node) imports with `ssr.resolve.conditions`, not `resolve.conditions`:
// both carry `source` so workspace packages load from src/ without a build.
const conditions = ['source', 'module', 'node', 'development|production'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  // Key generation, servers and fuzz loops on a loaded two-core machine take seconds; the default 5 s flakes.
  test: { name: 'conformance', include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
