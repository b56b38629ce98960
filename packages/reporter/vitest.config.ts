import { defineProject } from 'vitest/config';

// Browser tests start Chromium; on a loaded two-core machine a launch can take several seconds.
export default defineProject({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { name: 'reporter', include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
