import type { Contract, Exchange, Finding, OperationMatch } from '@elan-kit/schemas';
import { headerValue } from '../../http/elan-headers.js';
import type { ClassifiedExchange } from './traffic.js';

/** Exchanges whose request the kit broke on purpose carry a note starting with this; their requests are not judged. */
export const DELIBERATE = 'deliberate:';

export interface ContractJudgement {
  /** Which side is under test: the provider's responses, the client's requests, or both. */
  readonly requests: boolean;
  readonly responses: boolean;
}

function pathnameOf(url: string): string {
  try {
    return new URL(url, 'http://localhost').pathname;
  } catch {
    return url;
  }
}

function contentTypeOf(exchange: Exchange): string | undefined {
  return headerValue(exchange.response?.headers ?? {}, 'content-type');
}

/**
 * The operation a request belongs to. Betjeningskartet and status are documented under `/v2`; a model-0.9 client
 * reaches them under `/v1` too (the simulator serves every API under the model's base), so `/v1` is retried as `/v2`.
 */
export function matchOperation(
  contracts: readonly Contract[],
  method: string,
  pathname: string,
): OperationMatch | undefined {
  const direct = contracts.map((c) => c.findOperation(method, pathname)).find(Boolean);
  if (direct || !pathname.includes('/api/utleggsbegjaering/v1/')) return direct;
  const v2 = pathname.replace('/api/utleggsbegjaering/v1/', '/api/utleggsbegjaering/v2/');
  return contracts
    .filter((c) => c.api !== 'utleggsbegjaering')
    .map((c) => c.findOperation(method, v2))
    .find(Boolean);
}

/** Validates one exchange against its operation: request headers and JSON body, response status and body. */
export function validateExchange(
  exchange: Exchange,
  contracts: readonly Contract[],
  judgement: ContractJudgement,
): Finding[] {
  const pathname = pathnameOf(exchange.url);
  const match = matchOperation(contracts, exchange.method, pathname);
  if (!match) return [];
  const { operation } = match;
  const findings: Finding[] = [];
  const label = `${operation.operationId} (${exchange.method} ${pathname})`;
  if (judgement.requests && !exchange.note?.startsWith(DELIBERATE)) {
    for (const error of operation.validateRequestHeaders(exchange.request.headers)) {
      findings.push({
        code: 'CONTRACT_REQUEST_HEADER_INVALID',
        message: `${label}: request header ${error.instancePath.slice(1) || '?'} ${error.message}`,
        pointer: error.instancePath,
        exchangeId: exchange.id,
      });
    }
    const body = exchange.request.body;
    const json = headerValue(exchange.request.headers, 'content-type')?.includes('json');
    if (json && body !== undefined && !exchange.request.bodyTruncated) {
      for (const error of operation.validateRequestBody(body, 'application/json')) {
        findings.push({
          code: 'CONTRACT_REQUEST_BODY_INVALID',
          message: `${label}: request body ${error.instancePath || '/'} ${error.message}`,
          pointer: error.instancePath,
          actual: error.params,
          exchangeId: exchange.id,
        });
      }
    }
  }
  if (judgement.responses && exchange.status !== undefined) {
    const body = exchange.response?.bodyTruncated ? undefined : exchange.response?.body;
    const errors = exchange.response?.bodyTruncated
      ? operation
          .validateResponse(exchange.status, undefined, contentTypeOf(exchange))
          .filter((e) => e.keyword === 'status')
      : operation.validateResponse(exchange.status, body, contentTypeOf(exchange));
    const kontrollutslag = (body as { kontrollutslag?: unknown } | undefined)?.kontrollutslag;
    if (
      exchange.status === 422 &&
      body !== undefined &&
      (!Array.isArray(kontrollutslag) || kontrollutslag.length === 0)
    ) {
      findings.push({
        code: 'CONTRACT_422_WITHOUT_KONTROLLUTSLAG',
        message: `${label} answered 422 without kontrollutslag: a 422 is ProblemDetailMedKontrollutslag with one entry per broken vilkår.`,
        pointer: '/kontrollutslag',
        exchangeId: exchange.id,
      });
    }
    for (const error of errors) {
      findings.push({
        code: error.keyword === 'status' ? 'CONTRACT_STATUS_UNDOCUMENTED' : 'CONTRACT_RESPONSE_INVALID',
        message: `${label} answered ${exchange.status}: ${error.keyword === 'status' ? error.message : `${error.instancePath || '/'} ${error.message}`}`,
        pointer: error.instancePath,
        actual: error.params,
        exchangeId: exchange.id,
      });
    }
  }
  return findings;
}

/** Operations seen among the exchanges, for the coverage line of the contract check. */
export function operationsSeen(items: readonly ClassifiedExchange[]): string[] {
  return [...new Set(items.map((item) => item.operationId).filter((id): id is string => id !== undefined))].sort();
}
