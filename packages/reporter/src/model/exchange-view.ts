import type { CheckResult, Exchange } from '@elan-kit/schemas';
import { KORRELASJONSID_HEADER } from '../assumptions.js';
import type { ExchangeView } from './report-model.js';

function headerValue(headers: Readonly<Record<string, string>> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const wanted = name.toLowerCase();
  return Object.entries(headers).find(([key]) => key.toLowerCase() === wanted)?.[1];
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

/** An exchange with its path and ids; korrelasjonsid/meldingsid fall back to the recorded headers. */
export function viewExchange(exchange: Exchange): ExchangeView {
  const fromHeaders = (name: string) =>
    headerValue(exchange.request.headers, name) ?? headerValue(exchange.response?.headers, name);
  return {
    exchange,
    path: pathOf(exchange.url),
    korrelasjonsid: exchange.korrelasjonsid ?? fromHeaders(KORRELASJONSID_HEADER),
    meldingsid: exchange.meldingsid ?? fromHeaders('Meldingsid'),
  };
}

/**
 * The korrelasjonsid to quote for a check: the exchange its first finding points at, otherwise the last
 * exchange that has one (the one closest to the outcome).
 */
export function primaryKorrelasjonsid(check: CheckResult): string | undefined {
  const views = check.evidence.map(viewExchange);
  const referenced = check.findings.find((finding) => finding.exchangeId !== undefined)?.exchangeId;
  const pointed = views.find((view) => view.exchange.id === referenced)?.korrelasjonsid;
  return pointed ?? views.filter((view) => view.korrelasjonsid !== undefined).at(-1)?.korrelasjonsid;
}
