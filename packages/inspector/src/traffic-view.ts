import type { Exchange, OfficialSpec } from '@elan-kit/schemas';
import { DETAIL_BODY_LIMIT_BYTES } from './assumptions.js';
import { type ClientJudgements, createClientJudge } from './judge/client-checks.js';
import { createExchangeJudge, type ExchangeJudgement, type ExchangeSummary } from './judge/exchange-judgement.js';
import { createScenarioJudge, type ScenarioState } from './judge/scenarios.js';
import type { TrafficSource } from './source.js';

export interface ExchangeDetail extends ExchangeJudgement {
  readonly exchange: Exchange;
}

function cutBody<T extends { body?: unknown; bodyTruncated?: boolean }>(message: T): T {
  if (message.body === undefined) return message;
  const text = typeof message.body === 'string' ? message.body : JSON.stringify(message.body);
  if (Buffer.byteLength(text) <= DETAIL_BODY_LIMIT_BYTES) return message;
  return {
    ...message,
    body: Buffer.from(text).subarray(0, DETAIL_BODY_LIMIT_BYTES).toString('utf8'),
    bodyTruncated: true,
  };
}

/**
 * Everything the inspector shows, computed from the source on demand. The per-exchange judgements are cached by id
 * (at most the source's capacity, dropped when the source clears): a cache, never a copy of the exchanges.
 */
export function createTrafficView(
  source: TrafficSource,
  options: { readonly seed: number; readonly innsender?: string; readonly specs: readonly OfficialSpec[] },
) {
  const judgeExchange = createExchangeJudge(source.modelVersion, {
    judgeResponses: source.mode === 'proxy',
    specs: options.specs,
  });
  const clientJudge = createClientJudge(source.modelVersion, options.specs);
  const scenarioJudge = createScenarioJudge({
    modelVersion: source.modelVersion,
    seed: options.seed,
    specs: options.specs,
    ...(options.innsender === undefined ? {} : { innsender: options.innsender }),
  });
  const cache = new Map<string, ExchangeJudgement>();

  const judged = (exchange: Exchange): ExchangeJudgement => {
    const known = cache.get(exchange.id);
    if (known) return known;
    const judgement = judgeExchange(exchange);
    cache.set(exchange.id, judgement);
    while (cache.size > source.capacity) cache.delete(cache.keys().next().value as string);
    return judgement;
  };

  return {
    summaries(exchanges: readonly Exchange[]): ExchangeSummary[] {
      return exchanges.map((exchange) => judged(exchange).summary);
    },
    detail(id: string): ExchangeDetail | undefined {
      const exchange = source.get(id);
      if (!exchange) return undefined;
      const shown: Exchange = {
        ...exchange,
        request: cutBody(exchange.request),
        ...(exchange.response ? { response: cutBody(exchange.response) } : {}),
      };
      return { ...judged(exchange), exchange: shown };
    },
    judgements(exchanges: readonly Exchange[] = source.list()): Promise<ClientJudgements> {
      return clientJudge.judge(exchanges);
    },
    scenarios(exchanges: readonly Exchange[] = source.list()): ScenarioState[] {
      return scenarioJudge(exchanges);
    },
    forget(): void {
      cache.clear();
    },
    close: () => clientJudge.close(),
  };
}

export type TrafficView = ReturnType<typeof createTrafficView>;
