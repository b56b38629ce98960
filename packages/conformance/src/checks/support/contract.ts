import type { Contract, Exchange, OperationMatch } from '@elan-kit/schemas';
import { type BilingualFinding, finding } from '../../engine/finding.js';
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
): BilingualFinding[] {
  const pathname = pathnameOf(exchange.url);
  const match = matchOperation(contracts, exchange.method, pathname);
  if (!match) return [];
  const { operation } = match;
  const findings: BilingualFinding[] = [];
  const label = `${operation.operationId} (${exchange.method} ${pathname})`;
  if (judgement.requests && !exchange.note?.startsWith(DELIBERATE)) {
    for (const error of operation.validateRequestHeaders(exchange.request.headers)) {
      const missing = error.keyword === 'required' ? String(error.params['missingProperty'] ?? '') : '';
      const header = error.instancePath.slice(1) || missing;
      findings.push(
        finding(
          'CONTRACT_REQUEST_HEADER_INVALID',
          missing
            ? {
                en: `${label}: the request header ${missing} is missing.`,
                nb: `${label}: forespørselshodet ${missing} mangler.`,
              }
            : {
                en: `${label}: request header ${header || '(all)'} ${error.message}`,
                nb: `${label}: ${header ? `forespørselshodet ${header}` : 'forespørselshodene'} bryter kontrakten: ${error.messageNb ?? error.message}`,
              },
          { pointer: error.instancePath, exchangeId: exchange.id },
        ),
      );
    }
    const body = exchange.request.body;
    const json = headerValue(exchange.request.headers, 'content-type')?.includes('json');
    if (json && body !== undefined && !exchange.request.bodyTruncated) {
      for (const error of operation.validateRequestBody(body, 'application/json')) {
        const at = error.instancePath || '/';
        findings.push(
          finding(
            'CONTRACT_REQUEST_BODY_INVALID',
            {
              en: `${label}: request body ${at} ${error.message}`,
              nb: `${label}: forespørselskroppen bryter kontrakten i ${at}: ${error.messageNb ?? error.message}`,
            },
            { pointer: error.instancePath, actual: error.params, exchangeId: exchange.id },
          ),
        );
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
      findings.push(
        finding(
          'CONTRACT_422_WITHOUT_KONTROLLUTSLAG',
          {
            en: `${label} answered 422 without kontrollutslag: a 422 is ProblemDetailMedKontrollutslag with one entry per broken vilkår.`,
            nb: `${label} svarte 422 uten kontrollutslag: et 422-svar er ProblemDetailMedKontrollutslag med ett kontrollutslag per brutt vilkår.`,
          },
          { pointer: '/kontrollutslag', exchangeId: exchange.id },
        ),
      );
    }
    for (const error of errors) {
      const undocumented = error.keyword === 'status';
      const at = error.instancePath || '/';
      findings.push(
        finding(
          undocumented ? 'CONTRACT_STATUS_UNDOCUMENTED' : 'CONTRACT_RESPONSE_INVALID',
          {
            en: `${label} answered ${exchange.status}: ${undocumented ? error.message : `${at} ${error.message}`}`,
            nb: `${label} svarte ${exchange.status}: ${undocumented ? (error.messageNb ?? error.message) : `svaret bryter kontrakten i ${at}: ${error.messageNb ?? error.message}`}`,
          },
          { pointer: error.instancePath, actual: error.params, exchangeId: exchange.id },
        ),
      );
    }
  }
  return findings;
}

/** Operations seen among the exchanges, for the coverage line of the contract check. */
export function operationsSeen(items: readonly ClassifiedExchange[]): string[] {
  return [...new Set(items.map((item) => item.operationId).filter((id): id is string => id !== undefined))].sort();
}
