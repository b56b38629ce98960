/** The simulator as the benchmark measures it: defaults, with token, headers, schema, vilkår and recording on. */
import type { ModelVersion } from '@elan-kit/schemas';
import { createSimulator } from '../src/index.js';
import { answerParent, type ServerMessage } from './server-messages.js';

const simulator = createSimulator({
  modelVersion: (process.env.BENCH_MODEL ?? '1.0') as ModelVersion,
  // One client sends every request; the per-client rate limit would otherwise be what is measured.
  limits: { requestsPerClientPerSecond: 1_000_000 },
});
const { url } = await simulator.listen();
process.send?.({ kind: 'listening', url } satisfies ServerMessage);
answerParent(() => simulator.close());
if (process.env.MEMLOG) {
  const v8 = await import('node:v8');
  setInterval(() => {
    const m = process.memoryUsage();
    const spaces = v8.getHeapSpaceStatistics().map((s) => `${s.space_name.replace('_space', '')}=${(s.space_size / 1048576).toFixed(0)}/${(s.space_used_size / 1048576).toFixed(0)}`).join(' ');
    console.error(`rss ${(m.rss / 1048576).toFixed(0)} heapTotal ${(m.heapTotal / 1048576).toFixed(0)} used ${(m.heapUsed / 1048576).toFixed(0)} ext ${(m.external / 1048576).toFixed(0)} ab ${(m.arrayBuffers / 1048576).toFixed(0)} | ${spaces}`);
  }, 2000).unref();
}
