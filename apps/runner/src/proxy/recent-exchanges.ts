import type { SourceEvent, TrafficSource } from '@elan-kit/inspector';
import type { Exchange, ModelVersion } from '@elan-kit/schemas';

export const RECENT_EXCHANGES = 1000;
const RECENT_BYTES = 16 * 1024 * 1024;

/**
 * The proxy's newest exchanges for the inspector, kept as JSON text (at most 1000 and 16 MiB; the oldest go first).
 * The recording file on disk keeps everything; this is only what the page can show.
 */
export function createRecentExchanges(options: {
  readonly modelVersion: ModelVersion;
  readonly upstream: string;
}): TrafficSource & { add(exchange: Exchange): void } {
  const kept: Array<{ id: string; json: string }> = [];
  let bytes = 0;
  const listeners = new Set<(event: SourceEvent) => void>();
  const parse = (entries: ReadonlyArray<{ json: string }>) =>
    entries.map((entry) => JSON.parse(entry.json) as Exchange);
  return {
    mode: 'proxy',
    modelVersion: options.modelVersion,
    capacity: RECENT_EXCHANGES,
    endpoints: { upstream: options.upstream },
    add(exchange) {
      const json = JSON.stringify(exchange);
      kept.push({ id: exchange.id, json });
      bytes += json.length;
      while (kept.length > RECENT_EXCHANGES || (bytes > RECENT_BYTES && kept.length > 1)) {
        bytes -= kept.shift()?.json.length ?? 0;
      }
      for (const listener of listeners) listener({ kind: 'recorded', id: exchange.id });
    },
    list(filter = {}) {
      const start = filter.after === undefined ? 0 : kept.findIndex((entry) => entry.id === filter.after) + 1;
      const selected = kept.slice(start);
      return parse(filter.limit === undefined ? selected : selected.slice(-filter.limit));
    },
    get(id) {
      const entry = kept.find((candidate) => candidate.id === id);
      return entry ? (JSON.parse(entry.json) as Exchange) : undefined;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
