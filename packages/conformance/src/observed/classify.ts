import type { Contract, Exchange } from '@elan-kit/schemas';
import { matchOperation } from '../checks/support/contract.js';

/** An exchange with the operation it belongs to, and the scenario it was recorded in (vendor target). */
export interface ClassifiedExchange {
  readonly exchange: Exchange;
  /** The contract's operation id; `token` for a token endpoint; undefined when no contract knows the request. */
  readonly operationId: string | undefined;
  readonly pathParams: Readonly<Record<string, string>>;
  readonly timeMs: number;
  /** The scenario card the exchange was recorded under; undefined for proxy recordings and the reference client. */
  readonly scenario?: string;
}

export function pathnameOf(url: string): string {
  try {
    return new URL(url, 'http://localhost').pathname;
  } catch {
    return url;
  }
}

/**
 * Finds each exchange's operation in the contracts (the token endpoint is recognised by its path as well), and
 * tags it with the scenario whose exchange ids contain it. Sorted by time.
 */
export function classifyExchanges(
  exchanges: readonly Exchange[],
  contracts: readonly Contract[],
  scenarioOf: (exchange: Exchange) => string | undefined = () => undefined,
): ClassifiedExchange[] {
  return exchanges
    .map((exchange) => {
      const pathname = pathnameOf(exchange.url);
      const match = matchOperation(contracts, exchange.method, pathname);
      const token = !match && exchange.method === 'POST' && /\/token\/?$/.test(pathname);
      const scenario = scenarioOf(exchange);
      return {
        exchange,
        operationId: match ? match.operation.operationId : token ? 'token' : undefined,
        pathParams: match ? match.pathParams : {},
        timeMs: Date.parse(exchange.time),
        ...(scenario ? { scenario } : {}),
      };
    })
    .sort((a, b) => a.timeMs - b.timeMs);
}

/** A call to an ELAN API (not Maskinporten, not an unknown URL). */
export function isApiCall(item: ClassifiedExchange): boolean {
  return item.operationId !== undefined && item.operationId !== 'token';
}

export function isSuccess(item: ClassifiedExchange): boolean {
  const status = item.exchange.status ?? 0;
  return status >= 200 && status < 300;
}

/** Status reads: they change nothing, so they are not an action between two status calls. */
export const STATUS_OPERATIONS: readonly string[] = ['hentStatusPaaSak', 'hentStatusendringer'];

/** How a finding names an exchange a developer can look up: method, path, status, time and Korrelasjonsid. */
export function describeExchange(item: ClassifiedExchange): string {
  const { exchange } = item;
  const status = exchange.status === undefined ? '' : ` → ${exchange.status}`;
  const korrelasjonsid = exchange.korrelasjonsid ? `, Korrelasjonsid ${exchange.korrelasjonsid}` : '';
  return `${exchange.method} ${pathnameOf(exchange.url)}${status} (${exchange.time}${korrelasjonsid})`;
}

/** Identifiers of the debtors (saksøkt / skyldner) anywhere in a begjæring or a Betjeningskartet lookup. */
export function debtorIdentifiers(body: unknown): string[] {
  const found = new Set<string>();
  const collect = (value: unknown, inDebtor: boolean, depth: number): void => {
    if (depth > 40 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) collect(item, inDebtor, depth + 1);
      return;
    }
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const debtor = inDebtor || key === 'saksoekt' || key === 'skyldner';
      if (debtor && (key === 'verdi' || key === 'taxIdentificationNumber') && typeof item === 'string') found.add(item);
      else collect(item, debtor, depth + 1);
    }
  };
  collect(body, false, 0);
  return [...found];
}

/** Seconds with one decimal, in English and (decimal comma) bokmål. */
export function seconds(ms: number): { en: string; nb: string } {
  const en = `${Math.round(ms / 100) / 10} s`;
  return { en, nb: en.replace('.', ',') };
}
