import { defineProject } from 'vitest/config';

// Commands import the whole kit and many tests spawn processes: on a loaded two-core machine the first import
// alone can take seconds. Generous limits keep the gate from failing on load, not on behaviour.
export default defineProject({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { name: 'elan-kit', include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
