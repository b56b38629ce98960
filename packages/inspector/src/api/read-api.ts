import { DEFAULT_PAGE_SIZE } from '../assumptions.js';
import { InspectorError } from '../errors.js';
import { type ExchangeSummary, VERDICTS, type Verdict } from '../judge/exchange-judgement.js';
import type { TrafficSource } from '../source.js';
import type { TrafficView } from '../traffic-view.js';

export interface ApiRoute {
  readonly method: 'GET';
  readonly pattern: RegExp;
  handle(query: URLSearchParams, params: readonly string[]): unknown | Promise<unknown>;
}

function badRequest(message: string): InspectorError {
  return new InspectorError('ELAN_INSPECTOR_BAD_REQUEST', 400, message);
}

/** The summary filter of `GET /exchanges`, from its query parameters. */
export function parseSummaryFilter(query: URLSearchParams): (summary: ExchangeSummary) => boolean {
  const status = query.get('status');
  if (status !== null && !/^(\d{3}|[1-5]xx|none)$/.test(status)) {
    throw badRequest('status must be a status (422), a class (4xx) or none.');
  }
  const verdict = query.get('verdict');
  if (verdict !== null && !(VERDICTS as readonly string[]).includes(verdict)) {
    throw badRequest(`verdict must be one of ${VERDICTS.join(', ')}.`);
  }
  const operation = query.get('operation');
  const korrelasjonsid = query.get('korrelasjonsid');
  return (summary) =>
    (status === null ||
      (status === 'none'
        ? summary.status === undefined
        : status.endsWith('xx')
          ? String(summary.status ?? '').startsWith(status[0] ?? '')
          : String(summary.status) === status)) &&
    (verdict === null || summary.verdict === (verdict as Verdict)) &&
    (operation === null || summary.operationId === operation) &&
    (korrelasjonsid === null || summary.korrelasjonsid === korrelasjonsid);
}

function parseLimit(value: string | null, capacity: number): number {
  if (value === null) return Math.min(DEFAULT_PAGE_SIZE, capacity);
  if (!/^\d+$/.test(value) || Number(value) < 1) throw badRequest('limit must be a positive integer.');
  return Math.min(Number(value), capacity);
}

/** The read-only routes under `/__inspector/api/v1` (README: "The read-only API"). */
export function readApiRoutes(input: {
  readonly source: TrafficSource;
  readonly view: TrafficView;
  readonly capabilities: { readonly finish: boolean };
}): ApiRoute[] {
  const { source, view } = input;
  return [
    {
      method: 'GET',
      pattern: /^\/__inspector\/api\/v1\/about$/,
      handle: () => ({
        apiVersion: 1,
        mode: source.mode,
        modelVersion: source.modelVersion,
        capacity: source.capacity,
        control: source.admin !== undefined,
        finish: input.capabilities.finish,
        ...(source.mode === 'serve' ? { baseUrls: source.endpoints } : { upstream: source.endpoints }),
        ...(source.admin ? { adminPath: source.admin.path } : {}),
      }),
    },
    {
      method: 'GET',
      pattern: /^\/__inspector\/api\/v1\/exchanges$/,
      handle: (query) => {
        const limit = parseLimit(query.get('limit'), source.capacity);
        const keep = parseSummaryFilter(query);
        const before = query.get('before');
        const exchanges = source.list();
        const end = before === null ? exchanges.length : exchanges.findIndex((exchange) => exchange.id === before);
        const selected: ExchangeSummary[] = [];
        for (let index = (end < 0 ? exchanges.length : end) - 1; index >= 0 && selected.length < limit; index--) {
          const [summary] = view.summaries([exchanges[index]!]);
          if (summary && keep(summary)) selected.push(summary);
        }
        return { exchanges: selected, capacity: source.capacity };
      },
    },
    {
      method: 'GET',
      pattern: /^\/__inspector\/api\/v1\/exchanges\/([^/]+)$/,
      handle: (_query, [id]) => {
        const detail = view.detail(decodeURIComponent(id ?? ''));
        if (!detail) {
          throw new InspectorError('ELAN_INSPECTOR_NOT_FOUND', 404, `No exchange "${id}" (the oldest drop out first).`);
        }
        return detail;
      },
    },
    { method: 'GET', pattern: /^\/__inspector\/api\/v1\/judgements$/, handle: () => view.judgements() },
    {
      method: 'GET',
      pattern: /^\/__inspector\/api\/v1\/scenarios$/,
      handle: () => ({ scenarios: view.scenarios() }),
    },
  ];
}
