import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { describeBearerToken, type Exchange, redactHeaders, redactUrl, redactValue } from '@elan-kit/schemas';
import { Agent, type Dispatcher, FormData, request } from 'undici';
import type { EvidenceSink } from '../engine/check.js';
import { ConformanceError } from '../errors.js';
import { headerValue } from './elan-headers.js';
import { summarizeMultipart } from './multipart.js';
import { storeBody } from './store-body.js';

export interface MultipartFile {
  readonly field: string;
  readonly filename: string;
  readonly contentType: string;
  readonly data: Uint8Array;
}

/** One request. Exactly one of `json`, `form`, `multipart`, `text` may carry a body. */
export interface HttpRequest {
  readonly method: string;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly json?: unknown;
  readonly form?: Readonly<Record<string, string>>;
  readonly multipart?: { readonly fields: Readonly<Record<string, string>>; readonly files: readonly MultipartFile[] };
  /** A raw body sent as is (e.g. malformed JSON on purpose). */
  readonly text?: string;
  /** Raw bytes sent as is (a proxy forwarding a body); `headers` carries their content type. */
  readonly bytes?: Uint8Array;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /** Stored on the exchange: a check that retries says so here. */
  readonly note?: string;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON for JSON content types, text for text, `undefined` for an empty body. */
  readonly body: unknown;
  /** The body bytes as received (a proxy forwards these). */
  readonly rawBody: Uint8Array;
  readonly exchange: Exchange;
}

/** Runs before anything leaves the process; throws to stop the request (synthetic-data guard, production guard). */
export type RequestGuard = (request: HttpRequest) => void;

export interface HttpClient {
  send(request: HttpRequest): Promise<HttpResponse>;
  /** The same pooled client, recording every exchange into `sink` as well. */
  withEvidence(sink: EvidenceSink): HttpClient;
  /** The same pooled client with extra guards in front of it. */
  withGuards(guards: readonly RequestGuard[]): HttpClient;
  close(): Promise<void>;
}

export interface HttpClientOptions {
  readonly connectTimeoutMs?: number;
  readonly headersTimeoutMs?: number;
  readonly bodyTimeoutMs?: number;
  /** Whole-request timeout unless a request sets its own. */
  readonly requestTimeoutMs?: number;
  /** Stored bodies are cut past this many characters (after redaction). */
  readonly maxStoredBodyChars?: number;
  /**
   * A response body larger than this many bytes is not read to its end: the request fails with
   * `ELAN_HTTP_RESPONSE_TOO_LARGE` (the target's fault), so a hostile server cannot exhaust the kit's memory.
   */
  readonly maxResponseBytes?: number;
  readonly connections?: number;
  readonly now?: () => Date;
}

/** DNS answers that mean the host cannot be reached at all from here: no network, or no such name. */
const HOST_NOT_FOUND = new Set(['ENOTFOUND', 'EAI_AGAIN']);

function errorCodes(cause: unknown): string[] {
  const codes: string[] = [];
  for (let error = cause, depth = 0; error instanceof Error && depth < 5; error = error.cause, depth++) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
  }
  return codes;
}

export class HttpError extends ConformanceError {
  override name = 'HttpError';
  readonly exchange: Exchange;
  /** The host name did not resolve: every later request to it would fail the same way. */
  readonly hostNotFound: boolean;

  constructor(
    message: string,
    exchange: Exchange,
    cause: unknown,
    messageNb?: string,
    code: 'ELAN_HTTP_FAILED' | 'ELAN_HTTP_RESPONSE_TOO_LARGE' = 'ELAN_HTTP_FAILED',
  ) {
    const hostNotFound = errorCodes(cause).some((code) => HOST_NOT_FOUND.has(code));
    const host = URL.canParse(exchange.url) ? new URL(exchange.url).hostname : exchange.url;
    super(code, message, {
      cause,
      ...(messageNb === undefined ? {} : { messageNb }),
      ...(hostNotFound
        ? {
            hint: `${host} could not be resolved: this machine has no network, or no DNS answer for that name. The run stopped at the first such request; check the network (or a proxy) and the target URL, then run again.`,
          }
        : {}),
    });
    this.exchange = exchange;
    this.hostNotFound = hostNotFound;
  }
}

/**
 * The body of a response that passed `maxResponseBytes`: reading stopped there. `bytesSeen` is what arrived (or the
 * Content-Length the server announced, when that alone was over the limit).
 */
export class ResponseTooLargeError extends HttpError {
  override name = 'ResponseTooLargeError';
  readonly bytesSeen: number;
  readonly limit: number;

  constructor(url: string, method: string, bytesSeen: number, limit: number, exchange: Exchange) {
    const seen = formatBytes(bytesSeen);
    const max = formatBytes(limit);
    super(
      `${method} ${url}: the server sent a response body of at least ${seen}, more than the ${max} elan-kit reads; it stopped reading. The target answered far more than any ELAN response needs.`,
      exchange,
      undefined,
      `${method} ${url}: tjeneren sendte en svarkropp på minst ${seen}, mer enn de ${max} elan-kit leser; lesingen ble stoppet. Målet svarte langt mer enn noe ELAN-svar trenger.`,
      'ELAN_HTTP_RESPONSE_TOO_LARGE',
    );
    this.bytesSeen = bytesSeen;
    this.limit = limit;
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${bytes} bytes`;
}

export const DEFAULT_HTTP_OPTIONS = {
  connectTimeoutMs: 5_000,
  headersTimeoutMs: 20_000,
  bodyTimeoutMs: 20_000,
  requestTimeoutMs: 30_000,
  maxStoredBodyChars: 64 * 1024,
  maxResponseBytes: 4 * 1024 * 1024,
  connections: 16,
} as const;

function isJsonType(contentType: string | undefined): boolean {
  return !!contentType && /^application\/([\w.+-]*\+)?json\b/i.test(contentType.trim());
}

function parseBody(bytes: Buffer, contentType: string | undefined): unknown {
  if (bytes.length === 0) return undefined;
  const text = bytes.toString('utf8');
  if (isJsonType(contentType)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  if (!contentType || /^text\/|xml|x-www-form-urlencoded/i.test(contentType)) return text;
  return `<${bytes.length} bytes of ${contentType}>`;
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

interface PreparedBody {
  readonly body: string | FormData | Uint8Array | undefined;
  readonly contentType: string | undefined;
  /** What the exchange stores (before redaction and truncation). */
  readonly stored: unknown;
}

function prepareBody(req: HttpRequest): PreparedBody {
  if (req.json !== undefined) {
    return { body: JSON.stringify(req.json), contentType: 'application/json', stored: req.json };
  }
  if (req.form) {
    return {
      body: new URLSearchParams(req.form as Record<string, string>).toString(),
      contentType: 'application/x-www-form-urlencoded',
      stored: { ...req.form },
    };
  }
  if (req.multipart) {
    const form = new FormData();
    for (const [name, value] of Object.entries(req.multipart.fields)) form.append(name, value);
    for (const file of req.multipart.files) {
      form.append(file.field, new Blob([file.data], { type: file.contentType }), file.filename);
    }
    const files = req.multipart.files.map((file) => ({
      field: file.field,
      filename: file.filename,
      contentType: file.contentType,
      bytes: file.data.byteLength,
    }));
    return {
      body: form,
      contentType: undefined,
      stored: { multipart: { fields: { ...req.multipart.fields }, files } },
    };
  }
  if (req.text !== undefined) return { body: req.text, contentType: undefined, stored: req.text };
  if (req.bytes !== undefined) {
    const type = headerValue(req.headers ?? {}, 'content-type');
    return { body: req.bytes, contentType: undefined, stored: describeBytes(req.bytes, type) };
  }
  return { body: undefined, contentType: undefined, stored: undefined };
}

/** What evidence keeps of a raw body: parsed JSON, multipart fields and file names, text, or its size. */
function describeBytes(bytes: Uint8Array, contentType: string | undefined): unknown {
  if (bytes.byteLength === 0) return undefined;
  if (contentType && /multipart\/form-data/i.test(contentType)) {
    const summary = summarizeMultipart(bytes, contentType);
    if (summary) return { multipart: summary };
  }
  return parseBody(Buffer.from(bytes), contentType);
}

interface ClientState {
  readonly agent: Agent;
  readonly options: Required<Omit<HttpClientOptions, 'now'>> & { now: () => Date };
}

function buildClient(state: ClientState, sinks: readonly EvidenceSink[], guards: readonly RequestGuard[]): HttpClient {
  const { agent, options } = state;

  async function send(req: HttpRequest): Promise<HttpResponse> {
    for (const guard of guards) guard(req);
    const prepared = prepareBody(req);
    const headers: Record<string, string> = { ...(req.headers ?? {}) };
    if (prepared.contentType && headerValue(headers, 'content-type') === undefined) {
      headers['content-type'] = prepared.contentType;
    }
    const storedRequest = {
      headers: redactHeaders(headers),
      ...storeBody(prepared.stored, options.maxStoredBodyChars),
    };
    const base = {
      id: randomUUID(),
      time: options.now().toISOString(),
      method: req.method.toUpperCase(),
      url: redactUrl(req.url),
      ...optional('korrelasjonsid', headerValue(headers, 'korrelasjonsid')),
      ...optional('meldingsid', headerValue(headers, 'meldingsid')),
    };
    const token = describeBearerToken(headerValue(headers, 'authorization'));
    if (token) Object.assign(base, { token });
    const timeout = AbortSignal.timeout(req.timeoutMs ?? options.requestTimeoutMs);
    const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
    const started = performance.now();
    try {
      const response = await request(req.url, {
        method: base.method as 'GET',
        headers,
        body: prepared.body,
        dispatcher: agent,
        signal,
        headersTimeout: options.headersTimeoutMs,
        bodyTimeout: options.bodyTimeoutMs,
      });
      const responseHeaders = flattenHeaders(response.headers);
      const read = await readCapped(response.body, responseHeaders['content-length'], options.maxResponseBytes);
      if (read.tooLarge !== undefined) {
        const exchange: Exchange = {
          ...base,
          status: response.statusCode,
          durationMs: elapsed(started),
          request: storedRequest,
          response: { headers: redactHeaders(responseHeaders) },
          error: `response body over ${options.maxResponseBytes} bytes (at least ${read.tooLarge} seen); not read`,
          ...optional('note', req.note),
        };
        for (const sink of sinks) sink.add(exchange);
        throw new ResponseTooLargeError(base.url, base.method, read.tooLarge, options.maxResponseBytes, exchange);
      }
      const bytes = read.bytes;
      const body = parseBody(bytes, responseHeaders['content-type']);
      const exchange: Exchange = {
        ...base,
        status: response.statusCode,
        durationMs: elapsed(started),
        request: storedRequest,
        response: { headers: redactHeaders(responseHeaders), ...storeBody(body, options.maxStoredBodyChars) },
        ...optional('note', req.note),
      };
      for (const sink of sinks) sink.add(exchange);
      return { status: response.statusCode, headers: responseHeaders, body, rawBody: bytes, exchange };
    } catch (cause) {
      if (cause instanceof ResponseTooLargeError) throw cause;
      const reason = req.signal?.aborted ? 'interrupted' : describeNetworkError(cause);
      const exchange: Exchange = {
        ...base,
        durationMs: elapsed(started),
        request: storedRequest,
        error: reason,
        ...optional('note', req.note),
      };
      for (const sink of sinks) sink.add(exchange);
      throw new HttpError(
        `${base.method} ${base.url} failed: ${reason}`,
        exchange,
        cause,
        `${base.method} ${base.url} feilet: ${req.signal?.aborted ? 'avbrutt' : reason}`,
      );
    }
  }

  return {
    send,
    withEvidence: (sink) => buildClient(state, [...sinks, sink], guards),
    withGuards: (extra) => buildClient(state, sinks, [...guards, ...extra]),
    close: () => agent.close(),
  };
}

/** Reads a body up to `limit` bytes; past it, stops reading and closes the stream. */
async function readCapped(
  body: Dispatcher.ResponseData['body'],
  contentLength: string | undefined,
  limit: number,
): Promise<{ bytes: Buffer; tooLarge?: undefined } | { tooLarge: number }> {
  const announced = contentLength === undefined ? Number.NaN : Number(contentLength);
  if (announced > limit) {
    body.destroy();
    return { tooLarge: announced };
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limit) {
      body.destroy();
      return { tooLarge: total };
    }
    chunks.push(chunk);
  }
  return { bytes: Buffer.concat(chunks, total) };
}

function elapsed(started: number): number {
  return Math.max(0, Math.round((performance.now() - started) * 10) / 10);
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

function describeNetworkError(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const code = (cause as { code?: unknown }).code;
  const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
  const text = `${typeof code === 'string' ? `${code} ` : ''}${cause.message}${inner}`;
  return String(redactValue(text));
}

/** One pooled undici `Agent` with explicit timeouts; no retries happen unless a caller makes them. */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const resolved = { ...DEFAULT_HTTP_OPTIONS, now: () => new Date(), ...options };
  const agent = new Agent({
    connect: { timeout: resolved.connectTimeoutMs },
    headersTimeout: resolved.headersTimeoutMs,
    bodyTimeout: resolved.bodyTimeoutMs,
    connections: resolved.connections,
  });
  return buildClient({ agent, options: resolved }, [], []);
}
