import { TENOR } from '../assumptions.js';
import { ConformanceError } from '../errors.js';
import type { HttpClient } from '../http/http-client.js';
import type { TokenProvider } from '../maskinporten/token-provider.js';

export type TenorKilde = 'freg' | 'brreg-er-fr';

export interface TenorSearchOptions {
  readonly http: HttpClient;
  /** A provider for a token with the scope `skatteetaten:testnorge/testdata.read`. */
  readonly tokens: TokenProvider;
  /** Default Tenor's own API root. */
  readonly baseUrl?: string;
  readonly kilde: TenorKilde;
  readonly kql: string;
  /** How many distinct parties to collect. */
  readonly antall: number;
  /** The first seed; the next ones count up from it. Default 1. */
  readonly seed?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: TenorSearchProgress) => void;
}

export interface TenorSearchProgress {
  readonly collected: number;
  readonly wanted: number;
  readonly treff: number;
  readonly seed: number;
  readonly side: number;
}

export interface TenorPage {
  readonly seed: number;
  readonly side: number;
  /** The page as Tenor answered it (`treff`, `nesteSide`, `dokumentListe`, …). */
  readonly body: { readonly treff?: unknown; readonly nesteSide?: unknown; readonly dokumentListe: unknown[] };
}

export interface TenorSearchResult {
  readonly pages: readonly TenorPage[];
  /** Distinct hits seen (on `tenorMetadata.id`). */
  readonly collected: number;
  /** Tenor's total for the query. */
  readonly treff: number;
  readonly seeds: readonly number[];
  readonly requests: number;
}

function idOf(document: unknown): string | undefined {
  if (document === null || typeof document !== 'object') return undefined;
  const record = document as Record<string, unknown>;
  const meta = record['tenorMetadata'] as Record<string, unknown> | undefined;
  const id = meta?.['id'] ?? record['id'];
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

function failed(message: string, messageNb: string, hint?: string): ConformanceError {
  return new ConformanceError('ELAN_TENOR_FAILED', message, { messageNb, ...(hint ? { hint } : {}) });
}

/**
 * Searches Tenor's test data (`GET {base}/soek/{kilde}` with `vis=tenorMetadata`) until `antall` distinct parties
 * are collected: page by page within one seed (at most 200 hits each), then with the next seed, de-duplicated on
 * `tenorMetadata.id`. Stops when a seed brings nothing new or after TENOR.maxSeeds seeds.
 */
export async function searchTenor(options: TenorSearchOptions): Promise<TenorSearchResult> {
  const base = (options.baseUrl ?? TENOR.baseUrl).replace(/\/+$/, '');
  const seen = new Set<string>();
  const pages: TenorPage[] = [];
  const seeds: number[] = [];
  let treff = 0;
  let requests = 0;
  const firstSeed = options.seed ?? 1;
  for (let seed = firstSeed; seed < firstSeed + TENOR.maxSeeds && seen.size < options.antall; seed++) {
    seeds.push(seed);
    const before = seen.size;
    // One page size per seed: Tenor's pages are offsets of it.
    const antall = Math.min(TENOR.maxHitsPerSeed, options.antall - seen.size);
    for (let side: number | null = 0; side !== null && seen.size < options.antall; ) {
      const url = `${base}/soek/${options.kilde}?${new URLSearchParams({
        kql: options.kql,
        antall: String(antall),
        side: String(side),
        seed: String(seed),
        vis: 'tenorMetadata',
      })}`;
      const token = await options.tokens.getToken({ ...(options.signal ? { signal: options.signal } : {}) });
      const response = await options.http.send({
        method: 'GET',
        url,
        headers: { accept: 'application/json', authorization: `Bearer ${token.value}` },
        ...(options.signal ? { signal: options.signal } : {}),
      });
      requests++;
      const body = response.body as TenorPage['body'] | undefined;
      if (response.status !== 200 || !body || !Array.isArray(body.dokumentListe)) {
        const detail = (response.body as { detail?: unknown } | undefined)?.detail;
        throw failed(
          `Tenor answered ${response.status} to ${options.kilde} "${options.kql}"${typeof detail === 'string' ? `: ${detail}` : ''}.`,
          `Tenor svarte ${response.status} på ${options.kilde} «${options.kql}»${typeof detail === 'string' ? `: ${detail}` : ''}.`,
          response.status === 401 || response.status === 403
            ? `The Maskinporten client needs the scope ${TENOR.scope} (Samarbeidsportalen, test environment).`
            : undefined,
        );
      }
      pages.push({ seed, side, body });
      treff = typeof body.treff === 'number' ? body.treff : treff;
      for (const document of body.dokumentListe) {
        const id = idOf(document);
        if (id) seen.add(id);
      }
      options.onProgress?.({ collected: seen.size, wanted: options.antall, treff, seed, side });
      side = typeof body.nesteSide === 'number' ? body.nesteSide : null;
    }
    if (seen.size === before || seen.size >= treff) break;
  }
  return { pages, collected: seen.size, treff, seeds, requests };
}
