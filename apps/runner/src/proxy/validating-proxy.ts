import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ConformanceError,
  type HttpClient,
  HttpError,
  maskRealIdentifiers,
  NonSyntheticDataError,
  validateExchange,
} from '@elan-kit/conformance';
import { type Contract, type Exchange, type Finding, redactHeaders, redactUrl } from '@elan-kit/schemas';
import { type FaultScript, faultExchange } from './fault-script.js';

/** Hop-by-hop headers (RFC 9110 §7.6.1) and what the proxy recomputes. */
const DROPPED_HEADERS = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
  'accept-encoding',
  'content-encoding',
]);
const MAX_BODY_BYTES = 30 * 1024 * 1024;

export interface ProxyRecord {
  readonly exchange: Exchange;
  readonly findings: readonly Finding[];
}

export interface ValidatingProxyOptions {
  /** Origin (and optional base path) requests are forwarded to, e.g. `https://api-test.sits.no`. */
  readonly upstream: string;
  /** Forwards through this client: its guards (synthetic data, production URLs) run before anything leaves. */
  readonly http: HttpClient;
  readonly contracts: readonly Contract[];
  readonly onRecord: (record: ProxyRecord) => void | Promise<void>;
  readonly port?: number;
  readonly host?: string;
  /** Answered on the proxy's port instead of being forwarded (the inspector page). */
  readonly mount?: {
    matches(request: IncomingMessage, pathname: string): boolean;
    handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
  };
  /** Opt-in: faults the proxy answers itself instead of forwarding (429, 503, 500, 401). */
  readonly faults?: FaultScript;
}

function forwardHeaders(headers: IncomingMessage['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || DROPPED_HEADERS.has(name.toLowerCase())) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('The request body is too large for the proxy.'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

function answerProblem(
  response: ServerResponse,
  status: number,
  detail: string,
  extra: Record<string, unknown> = {},
): void {
  const korrelasjonsid = typeof extra['korrelasjonsid'] === 'string' ? extra['korrelasjonsid'] : randomUUID();
  response.writeHead(status, { 'content-type': 'application/problem+json' });
  response.end(
    JSON.stringify({ type: 'about:blank', title: 'elan-kit proxy', status, detail, ...extra, korrelasjonsid }),
  );
}

/**
 * A validating, recording proxy: forwards each request to the upstream, validates the exchange against the
 * contract, and hands the redacted exchange with its findings to `onRecord` (the runner writes them as JSON Lines
 * for the vendor target to judge). Requests the guards refuse never leave the process.
 */
export async function startValidatingProxy(
  options: ValidatingProxyOptions,
): Promise<{ url: string; close(): Promise<void> }> {
  const upstream = options.upstream.replace(/\/+$/, '');
  const pending = new Set<Promise<void>>();
  const server = createServer((request, response) => {
    const pathname = (request.url ?? '/').split('?')[0] ?? '/';
    if (options.mount?.matches(request, pathname)) {
      options.mount.handle(request, response).catch(() => response.destroy());
      return;
    }
    const handled = handle(request, response)
      .catch((error: unknown) => {
        if (!response.headersSent)
          answerProblem(response, 500, `The proxy failed: ${error instanceof Error ? error.message : String(error)}`);
        else response.destroy();
      })
      .finally(() => pending.delete(handled));
    pending.add(handled);
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const encoding = request.headers['content-encoding']?.trim().toLowerCase();
    if (body.length > 0 && encoding && encoding !== 'identity') {
      // A compressed body would pass the identifier guard unread.
      answerProblem(
        response,
        415,
        `The proxy reads every byte before it leaves and does not forward a ${encoding}-encoded body: send it uncompressed.`,
      );
      return;
    }
    const headers = forwardHeaders(request.headers);
    const korrelasjonsid = Object.entries(headers).find(([name]) => name.toLowerCase() === 'korrelasjonsid')?.[1];
    const url = `${upstream}${request.url ?? '/'}`;
    const injected = options.faults?.take(request.method ?? 'GET', url, korrelasjonsid);
    if (injected) {
      response.writeHead(injected.status, injected.headers);
      response.end(JSON.stringify(injected.body));
      const exchange = faultExchange(
        { method: request.method ?? 'GET', url, headers, body: parseJson(body) },
        injected,
        { headers: redactHeaders, url: redactUrl },
      );
      await options.onRecord({ exchange, findings: [] });
      return;
    }
    try {
      const forwarded = await options.http.send({
        method: request.method ?? 'GET',
        url,
        headers,
        ...(body.length > 0 ? { bytes: body } : {}),
      });
      const outgoing: Record<string, string> = {};
      for (const [name, value] of Object.entries(forwarded.headers)) {
        if (!DROPPED_HEADERS.has(name)) outgoing[name] = value;
      }
      response.writeHead(forwarded.status, outgoing);
      response.end(Buffer.from(forwarded.rawBody));
      const findings = validateExchange(forwarded.exchange, options.contracts, { requests: true, responses: true });
      await options.onRecord({ exchange: forwarded.exchange, findings });
    } catch (error) {
      const refused = error instanceof ConformanceError && !(error instanceof HttpError);
      const status = refused ? (error instanceof NonSyntheticDataError ? 400 : 403) : 502;
      const message = error instanceof Error ? error.message : String(error);
      answerProblem(response, status, message, {
        ...(error instanceof NonSyntheticDataError ? { pointer: error.pointer } : {}),
        ...(korrelasjonsid ? { korrelasjonsid } : {}),
      });
      // A refused request's identifiers stay out of the recording as well: only its URL and headers are kept.
      const kept = Object.fromEntries(
        Object.entries(redactHeaders(headers)).map(([name, value]) => [name, maskRealIdentifiers(value)]),
      );
      const exchange: Exchange =
        error instanceof HttpError
          ? error.exchange
          : {
              id: randomUUID(),
              time: new Date().toISOString(),
              method: request.method ?? 'GET',
              url: maskRealIdentifiers(redactUrl(url)),
              ...(korrelasjonsid ? { korrelasjonsid: maskRealIdentifiers(korrelasjonsid) } : {}),
              request: { headers: kept },
              error: `refused by elan-kit before sending: ${message}`,
            };
      await options.onRecord({
        exchange,
        findings: [{ code: refused ? (error as ConformanceError).code : 'UPSTREAM_UNREACHABLE', message }],
      });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${address.port}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      // Exchanges still being validated and recorded are finished, not lost.
      await Promise.all([...pending]);
    },
  };
}
