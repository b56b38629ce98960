import type { Exchange, ModelVersion } from '@elan-kit/schemas';

/** What a source tells its subscribers: an exchange was recorded (its id), or everything was cleared. */
export type SourceEvent = { readonly kind: 'recorded'; readonly id: string } | { readonly kind: 'cleared' };

/**
 * Where the inspector reads traffic: the simulator's recorder or the proxy's recent exchanges. The source owns the
 * exchanges; the inspector only reads them.
 */
export interface TrafficSource {
  readonly mode: 'serve' | 'proxy';
  readonly modelVersion: ModelVersion;
  /** The most exchanges the source keeps; the oldest drop out first. */
  readonly capacity: number;
  /** Exchanges oldest first, optionally only those after the one with id `after`, at most the newest `limit`. */
  list(filter?: { readonly after?: string; readonly limit?: number }): readonly Exchange[];
  /** One exchange by id, when the source still holds it. */
  get(id: string): Exchange | undefined;
  subscribe(listener: (event: SourceEvent) => void): () => void;
  /** Base URLs (serve) or the upstream (proxy), for the page's header. */
  readonly endpoints: Readonly<Record<string, string>>;
  /** The simulator's admin API path on the simulator's origin, when there is one (serve). */
  readonly admin?: { readonly url: string; readonly path: string };
}
