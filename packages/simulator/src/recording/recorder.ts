import type { IncomingHttpHeaders } from 'node:http';
import type { Exchange, HttpMessage } from '@elan-kit/schemas';
import { isJsonMediaType, mediaType } from '../http/read-body.js';
import { redactHeaders, redactTokenRequest, redactTokenResponse } from './redact.js';

/** What a body becomes in evidence; big or binary bodies are summarised when recorded, not kept. */
export type RecordedBody =
  | { readonly kind: 'none' }
  | { readonly kind: 'bytes'; readonly contentType: string; readonly bytes: Buffer; readonly truncated: boolean }
  | { readonly kind: 'value'; readonly value: unknown; readonly truncated?: boolean };

export interface ExchangeRecord {
  /** Virtual-clock time the request arrived. */
  readonly timeMs: number;
  readonly method: string;
  /** `http://127.0.0.1:PORT`; the URL is `origin + target`, joined when read. */
  readonly origin: string;
  /** The request target as sent: path and query. */
  readonly target: string;
  readonly korrelasjonsid: string | undefined;
  readonly meldingsid: string | undefined;
  readonly requestHeaders: IncomingHttpHeaders;
  readonly requestBody: RecordedBody;
  readonly status: number | undefined;
  readonly durationMs: number;
  readonly responseHeaders: Readonly<Record<string, string>>;
  readonly responseBody: RecordedBody;
  /** The token endpoint's grant and access token are redacted when the exchange is read. */
  readonly secrets: 'token-endpoint' | 'none';
  readonly error?: string;
  readonly note?: string;
}

export interface RecordingFilter {
  readonly korrelasjonsid?: string;
  /** Only exchanges recorded after the one with this id. */
  readonly after?: string;
  readonly limit?: number;
}

const NONE: RecordedBody = { kind: 'none' };

/**
 * A ring buffer of every exchange. Recording is cheap (bodies are kept as bytes, copied and cut at the
 * limit); turning a record into the RunResult `Exchange` shape happens when someone reads it.
 */
export class Recorder {
  readonly #capacity: number;
  readonly #bodyLimit: number;
  readonly #ring: Array<{ readonly seq: number; readonly record: ExchangeRecord } | undefined>;
  #next = 0;

  constructor(capacity: number, bodyLimit: number) {
    this.#capacity = capacity;
    this.#bodyLimit = bodyLimit;
    this.#ring = new Array(capacity);
  }

  /** Keeps a body for evidence: a copy of at most the limit, so the request buffer can be freed. */
  captureBytes(contentType: string | undefined, bytes: Buffer | undefined): RecordedBody {
    if (bytes === undefined || bytes.length === 0) return NONE;
    const truncated = bytes.length > this.#bodyLimit;
    const kept = truncated ? bytes.subarray(0, this.#bodyLimit) : bytes;
    // A buffer that owns its memory exactly is kept as is; a slice of a larger one is copied so the rest can go.
    const owns = kept.byteOffset === 0 && kept.buffer.byteLength === kept.length;
    return { kind: 'bytes', contentType: contentType ?? '', bytes: owns ? kept : Buffer.from(kept), truncated };
  }

  captureValue(value: unknown): RecordedBody {
    return { kind: 'value', value };
  }

  add(record: ExchangeRecord): void {
    const seq = this.#next++;
    this.#ring[seq % this.#capacity] = { seq, record };
  }

  clear(): void {
    this.#ring.fill(undefined);
  }

  get size(): number {
    return this.#ring.reduce((count, entry) => count + (entry ? 1 : 0), 0);
  }

  list(filter: RecordingFilter = {}): Exchange[] {
    const entries = this.#ring
      .filter((entry): entry is { seq: number; record: ExchangeRecord } => entry !== undefined)
      .sort((a, b) => a.seq - b.seq);
    const afterSeq = filter.after === undefined ? -1 : parseExchangeId(filter.after);
    const selected = entries.filter(
      ({ seq, record }) =>
        seq > afterSeq && (filter.korrelasjonsid === undefined || record.korrelasjonsid === filter.korrelasjonsid),
    );
    const limited = filter.limit === undefined ? selected : selected.slice(-filter.limit);
    return limited.map(({ seq, record }) => toExchange(seq, record));
  }
}

function parseExchangeId(id: string): number {
  const match = /^x(\d+)$/.exec(id);
  return match ? Number(match[1]) : -1;
}

function toExchange(seq: number, record: ExchangeRecord): Exchange {
  const tokenEndpoint = record.secrets === 'token-endpoint';
  const request: HttpMessage = {
    headers: redactHeaders(record.requestHeaders),
    ...materialise(record.requestBody, tokenEndpoint ? 'token-request' : undefined),
  };
  const response: HttpMessage = {
    headers: redactHeaders(record.responseHeaders),
    ...materialise(record.responseBody, tokenEndpoint ? 'token-response' : undefined),
  };
  return {
    id: `x${seq}`,
    time: new Date(record.timeMs).toISOString(),
    method: record.method,
    url: `${record.origin}${record.target}`,
    ...(record.status === undefined ? {} : { status: record.status }),
    durationMs: Math.round(record.durationMs * 1000) / 1000,
    ...(record.korrelasjonsid === undefined ? {} : { korrelasjonsid: record.korrelasjonsid }),
    ...(record.meldingsid === undefined ? {} : { meldingsid: record.meldingsid }),
    request,
    ...(record.status === undefined && record.error !== undefined ? {} : { response }),
    ...(record.error === undefined ? {} : { error: record.error }),
    ...(record.note === undefined ? {} : { note: record.note }),
  };
}

function materialise(
  body: RecordedBody,
  secrets: 'token-request' | 'token-response' | undefined,
): { body?: unknown; bodyTruncated?: boolean } {
  if (body.kind === 'none') return {};
  if (body.kind === 'value') {
    const value = secrets === 'token-response' ? redactTokenResponse(body.value) : body.value;
    return { body: value, ...(body.truncated ? { bodyTruncated: true } : {}) };
  }
  const text = body.bytes.toString('utf8');
  if (body.truncated) return { body: text, bodyTruncated: true };
  const type = mediaType(body.contentType);
  if (secrets === 'token-request' || type === 'application/x-www-form-urlencoded') {
    return { body: redactTokenRequest(new URLSearchParams(text)) };
  }
  if (isJsonMediaType(body.contentType)) {
    try {
      const parsed: unknown = JSON.parse(text);
      return { body: secrets === 'token-response' ? redactTokenResponse(parsed) : parsed };
    } catch {
      return { body: text };
    }
  }
  return { body: text };
}
