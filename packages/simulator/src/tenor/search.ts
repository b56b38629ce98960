import { createRng, TENOR_KILDER, type TenorDocument, type TenorKilde, tenorDocuments } from '@elan-kit/fixtures';
import { SCOPE_TENOR_READ, TENOR_DEFAULT_ANTALL, TENOR_MAX_HITS, TENOR_PREFIX } from '../assumptions.js';
import { HttpProblem } from '../http/problem.js';
import type { Reply, Route, RouteRequest } from '../pipeline/route.js';
import type { SimulatorState } from '../state.js';
import { KqlError, matchesKql, parseKql } from './kql.js';

interface Indexed {
  readonly document: TenorDocument;
  readonly kildedata: unknown;
}

function integerParam(query: URLSearchParams, name: string, fallback: number, min: number): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    throw new HttpProblem(400, `The query parameter ${name} must be a whole number of at least ${min}.`);
  }
  return Number(raw);
}

/** One page of hits: at most 200 per call, and nothing past the 200th hit (ASSUMPTIONS: TENOR_MAX_HITS). */
export function tenorPage<T>(
  hits: readonly T[],
  antall: number,
  side: number,
): { page: T[]; offset: number; nesteSide: number | null } {
  const size = Math.min(antall, TENOR_MAX_HITS);
  const reachable = hits.slice(0, TENOR_MAX_HITS);
  const offset = side * size;
  const page = reachable.slice(offset, offset + size);
  return { page, offset, nesteSide: offset + page.length < reachable.length ? side + 1 : null };
}

/**
 * `GET /api/testnorge/v2/soek/{kilde}`: Tenor's test data search over the simulator's own party register (`freg`
 * persons, `brreg-er-fr` organisations), paged as Tenor pages and shuffled by `seed`.
 */
export function tenorRoutes(state: SimulatorState): Route[] {
  const cache = new Map<TenorKilde, readonly Indexed[]>();
  const documentsOf = (kilde: TenorKilde): readonly Indexed[] => {
    let indexed = cache.get(kilde);
    if (!indexed) {
      indexed = tenorDocuments(state.register, kilde).map((document) => ({
        document,
        kildedata: JSON.parse(document.tenorMetadata.kildedata) as unknown,
      }));
      cache.set(kilde, indexed);
    }
    return indexed;
  };

  const search = (request: RouteRequest): Reply => {
    const kilde = request.params['kilde'] as TenorKilde;
    if (!TENOR_KILDER.includes(kilde)) {
      throw new HttpProblem(404, `Unknown kilde "${kilde}"; the stand-in serves ${TENOR_KILDER.join(' and ')}.`);
    }
    const kql = request.query.get('kql') ?? '';
    let expression: ReturnType<typeof parseKql> | undefined;
    if (kql.trim() !== '') {
      try {
        expression = parseKql(kql);
      } catch (error) {
        if (!(error instanceof KqlError)) throw error;
        throw new HttpProblem(
          400,
          `The KQL query is not understood at position ${error.position + 1}: ${error.message}.`,
        );
      }
    }
    const antall = integerParam(request.query, 'antall', TENOR_DEFAULT_ANTALL, 1);
    const side = integerParam(request.query, 'side', 0, 0);
    const seed = integerParam(request.query, 'seed', 1, 0);
    const withMetadata = (request.query.get('vis') ?? '').split(',').includes('tenorMetadata');
    const hits = documentsOf(kilde).filter(
      ({ document, kildedata }) => expression === undefined || matchesKql(expression, [document, kildedata]),
    );
    const { page, offset, nesteSide } = tenorPage(createRng(seed).shuffle(hits), antall, side);
    return {
      status: 200,
      body: {
        treff: hits.length,
        rader: page.length,
        offset,
        nesteSide,
        seed,
        dokumentListe: page.map(({ document }) => {
          if (withMetadata) return document;
          const { tenorMetadata: _omitted, ...summary } = document;
          return summary;
        }),
      },
    };
  };

  return [
    {
      method: 'GET',
      template: `${TENOR_PREFIX}/soek/{kilde}`,
      operationId: 'tenorSoek',
      family: 'tenor',
      body: 'none',
      scopes: [SCOPE_TENOR_READ],
      handle: search,
    },
  ];
}
