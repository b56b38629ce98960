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
