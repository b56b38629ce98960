import { loadTargetContracts, matchOperation, validateExchange } from '@elan-kit/conformance';
import { type Contract, type Exchange, findVilkaar, type ModelVersion, type OfficialSpec } from '@elan-kit/schemas';
import { CLIENT_FAULT_STATUSES, ENVIRONMENT_STATUSES } from '../assumptions.js';

export const VERDICTS = ['pass', 'fail', 'kontrollutslag', 'error'] as const;
/** The verdict of one exchange from the client's side (INS-1). */
export type Verdict = (typeof VERDICTS)[number];

export interface ExchangeSummary {
  readonly id: string;
  readonly time: string;
  readonly method: string;
  readonly path: string;
  readonly status?: number;
  readonly durationMs?: number;
  readonly korrelasjonsid?: string;
  readonly operationId?: string;
  readonly verdict: Verdict;
  /** Contract findings about the exchange. */
  readonly findings: number;
  readonly kontrollutslag: number;
}

export interface LocatedFinding {
  readonly code: string;
  readonly message: { readonly nb: string; readonly en: string };
  readonly in: 'request-headers' | 'request-body' | 'response-body' | 'exchange';
  readonly pointer?: string;
}

export interface AnnotatedKontrollutslag {
  readonly kode: string;
  readonly melding?: string;
  readonly beskrivelse?: string;
  /** JSON Pointer into the request body. */
  readonly sti?: string;
  readonly vilkaar?: { readonly tittel: string; readonly beskrivelse: string; readonly gjelderKunEndringer: boolean };
}

export interface ExchangeJudgement {
  readonly summary: ExchangeSummary;
  readonly findings: readonly LocatedFinding[];
  readonly kontrollutslag: readonly AnnotatedKontrollutslag[];
}

const LOCATION: Readonly<Record<string, LocatedFinding['in']>> = {
  CONTRACT_REQUEST_HEADER_INVALID: 'request-headers',
  CONTRACT_REQUEST_BODY_INVALID: 'request-body',
  CONTRACT_RESPONSE_INVALID: 'response-body',
  CONTRACT_422_WITHOUT_KONTROLLUTSLAG: 'response-body',
};

function pathOf(url: string): string {
  try {
    const parsed = new URL(url, 'http://localhost');
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

function isTokenRequest(exchange: Exchange): boolean {
  return exchange.method === 'POST' && /\/token\/?$/.test(pathOf(exchange.url).split('?')[0] ?? '');
}

function kontrollutslagOf(exchange: Exchange): AnnotatedKontrollutslag[] {
  if (exchange.status !== 422) return [];
  const list = (exchange.response?.body as { kontrollutslag?: unknown } | undefined)?.kontrollutslag;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const item = entry as Record<string, unknown>;
    const kode = typeof item.kode === 'string' ? item.kode : undefined;
    if (kode === undefined) return [];
    const vilkaar = findVilkaar(kode);
    return [
      {
        kode,
        ...(typeof item.melding === 'string' ? { melding: item.melding } : {}),
        ...(typeof item.beskrivelse === 'string' ? { beskrivelse: item.beskrivelse } : {}),
        ...(typeof item.sti === 'string' ? { sti: item.sti } : {}),
        ...(vilkaar
          ? {
              vilkaar: {
                tittel: vilkaar.tittel,
                beskrivelse: vilkaar.beskrivelse,
                gjelderKunEndringer: vilkaar.gjelderKunEndringer,
              },
            }
          : {}),
      },
    ];
  });
}

function verdictOf(exchange: Exchange, findings: number, known: boolean): Verdict {
  const status = exchange.status;
  if (status === undefined || status >= 500 || ENVIRONMENT_STATUSES.includes(status)) return 'error';
  if (findings > 0 || CLIENT_FAULT_STATUSES.includes(status) || (status === 404 && !known)) return 'fail';
  if (status === 422) return 'kontrollutslag';
  return 'pass';
}

/**
 * Judges single exchanges with the contract functions of `@elan-kit/conformance`: the client's request always, the
 * answer too when it came from somewhere else than the kit (proxy mode).
 */
export function createExchangeJudge(
  modelVersion: ModelVersion,
  options: { readonly judgeResponses: boolean; readonly specs: readonly OfficialSpec[] },
) {
  const contracts: readonly Contract[] = loadTargetContracts(modelVersion, options.specs);
  return (exchange: Exchange): ExchangeJudgement => {
    const pathname = pathOf(exchange.url).split('?')[0] ?? '';
    const match = matchOperation(contracts, exchange.method, pathname);
    const operationId = match?.operation.operationId ?? (isTokenRequest(exchange) ? 'token' : undefined);
    const findings: LocatedFinding[] = validateExchange(exchange, contracts, {
      requests: true,
      responses: options.judgeResponses,
    }).map((finding) => ({
      code: finding.code,
      message: { nb: finding.messageNb ?? finding.message, en: finding.message },
      in: LOCATION[finding.code] ?? 'exchange',
      ...(finding.pointer === undefined ? {} : { pointer: finding.pointer }),
    }));
    const kontrollutslag = kontrollutslagOf(exchange);
    const summary: ExchangeSummary = {
      id: exchange.id,
      time: exchange.time,
      method: exchange.method,
      path: pathOf(exchange.url),
      ...(exchange.status === undefined ? {} : { status: exchange.status }),
      ...(exchange.durationMs === undefined ? {} : { durationMs: exchange.durationMs }),
      ...(exchange.korrelasjonsid === undefined ? {} : { korrelasjonsid: exchange.korrelasjonsid }),
      ...(operationId === undefined ? {} : { operationId }),
      verdict: verdictOf(exchange, findings.length, operationId !== undefined),
      findings: findings.length,
      kontrollutslag: kontrollutslag.length,
    };
    return { summary, findings, kontrollutslag };
  };
}
