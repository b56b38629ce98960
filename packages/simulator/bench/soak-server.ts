/**
 * The simulator as `elan-kit serve` starts it (state folder with client.json, one log line per request), in a
 * child process of `bench/soak.ts`, answering its parent's memory questions (RSS, and heap after a full GC).
 * Run with --expose-gc.
 */
import { createWriteStream } from 'node:fs';
import type { ModelVersion } from '@elan-kit/schemas';
import { createSimulator } from '../src/index.js';

export type SoakServerMessage =
  | { readonly kind: 'listening'; readonly url: string; readonly stateDir: string }
  | {
      readonly kind: 'memory';
      readonly rssBytes: number;
      readonly maxRssBytes: number;
      readonly heapUsedAfterGcBytes: number;
      readonly internalErrors: number;
    };

const stateDir = process.env.SOAK_STATE_DIR ?? '';
const log = createWriteStream(process.env.SOAK_LOG ?? '/dev/null');
const simulator = createSimulator({
  modelVersion: (process.env.SOAK_MODEL ?? '1.0') as ModelVersion,
  seed: 1,
  stateDir,
  onExchange: (summary) =>
    log.write(`${summary.method} ${summary.path} ${summary.status ?? 'reset'} ${summary.durationMs.toFixed(1)} ms\n`),
});
const { url } = await simulator.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ kind: 'listening', url, stateDir } satisfies SoakServerMessage);

const gc = (globalThis as { gc?: () => void }).gc;
process.on('message', (message) => {
  if (message === 'memory') {
    gc?.();
    process.send?.({
      kind: 'memory',
      rssBytes: process.memoryUsage.rss(),
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      heapUsedAfterGcBytes: process.memoryUsage().heapUsed,
      internalErrors: simulator.admin.state().internalErrors,
    } satisfies SoakServerMessage);
  } else if (message === 'stop') {
    void simulator.close().then(() => log.end(() => process.exit(0)));
  }
});
