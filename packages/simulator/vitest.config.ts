import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  // Key generation, servers and fuzz loops on a loaded two-core machine take seconds; the default 5 s flakes.
  test: { name: 'simulator', include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
