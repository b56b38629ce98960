import type { Exchange, HttpMessage } from '@elan-kit/schemas';
import { isJsonMediaType, mediaType } from '../http/read-body.js';
import { redactHeaders, redactRawHeaders, redactTokenRequest, redactTokenResponse } from './redact.js';

/**
 * What a body becomes in evidence: request bodies as their UTF-8 bytes (compact, off the JS heap), answers as
 * the text that was sent, both cut at the limit; binary uploads are summarised, never kept.
 */
export type RecordedBody =
  | { readonly kind: 'none' }
  | { readonly kind: 'bytes'; readonly contentType: string; readonly bytes: Buffer; readonly truncated: boolean }
  | { readonly kind: 'text'; readonly contentType: string; readonly text: string; readonly truncated: boolean }
  | { readonly kind: 'value'; readonly value: unknown };

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
  /** Node's `rawHeaders` (name, value, name, value …), redacted when read. */
  readonly requestHeaders: readonly string[];
  readonly requestBody: RecordedBody;
  readonly status: number | undefined;
  readonly durationMs: number;
  readonly responseHeaders: Readonly<Record<string, string>>;
  readonly responseBody: RecordedBody;
  /** The token endpoint's grant and access token are redacted when the exchange is read. */
  readonly secrets: 'token-endpoint' | 'none';
  readonly error?: string;
}

export interface RecordingFilter {
  readonly korrelasjonsid?: string;
  /** Only exchanges recorded after the one with this id. */
  readonly after?: string;
  readonly limit?: number;
}

export const NO_RECORDED_BODY: RecordedBody = { kind: 'none' };

function bodySize(body: RecordedBody): number {
  if (body.kind === 'bytes') return body.bytes.length;
  if (body.kind === 'text') return body.text.length * 2;
  return body.kind === 'value' ? 256 : 0;
}

/**
 * A bounded queue of every exchange, oldest dropped first: at most `capacity` exchanges and at most
 * `bytesBudget` bytes of recorded bodies. Recording keeps what the pipeline made anyway (a copy of the request
 * bytes at most); turning a record into the RunResult `Exchange` shape, and redacting it, happens on reading.
 */
export class Recorder {
  readonly #capacity: number;
  readonly #bodyLimit: number;
  readonly #bytesBudget: number;
  readonly #ring: Array<ExchangeRecord | undefined>;
  readonly #sizes: Float64Array;
  /** Sequence number of the oldest kept exchange, and of the next one. */
  #first = 0;
  #next = 0;
  #bytes = 0;

  constructor(capacity: number, bodyLimit: number, bytesBudget: number) {
    this.#capacity = capacity;
    this.#bodyLimit = bodyLimit;
    this.#bytesBudget = bytesBudget;
    this.#ring = new Array<ExchangeRecord | undefined>(capacity).fill(undefined);
    this.#sizes = new Float64Array(capacity);
  }

  /** Request bytes for evidence, cut at the limit; copied only when they are a slice of a larger buffer. */
  captureBytes(contentType: string | undefined, bytes: Buffer): RecordedBody {
    if (bytes.length === 0) return NO_RECORDED_BODY;
    const truncated = bytes.length > this.#bodyLimit;
    const kept = truncated ? bytes.subarray(0, this.#bodyLimit) : bytes;
    const owns = kept.byteOffset === 0 && kept.buffer.byteLength === kept.length;
    return { kind: 'bytes', contentType: contentType ?? '', bytes: owns ? kept : Buffer.from(kept), truncated };
  }

  /** An answer's text for evidence, cut at the limit. */
  captureText(contentType: string | undefined, text: string): RecordedBody {
    if (text === '') return NO_RECORDED_BODY;
    if (text.length <= this.#bodyLimit) return { kind: 'text', contentType: contentType ?? '', text, truncated: false };
    // A flat copy of the head: a plain slice would keep the whole string alive.
    const head = Buffer.from(text.slice(0, this.#bodyLimit)).toString();
    return { kind: 'text', contentType: contentType ?? '', text: head, truncated: true };
  }

  captureValue(value: unknown): RecordedBody {
    return { kind: 'value', value };
  }

  add(record: ExchangeRecord): void {
    const size = bodySize(record.requestBody) + bodySize(record.responseBody);
    while (this.#next - this.#first >= this.#capacity) this.#dropOldest();
    while (this.#first < this.#next && this.#bytes + size > this.#bytesBudget) this.#dropOldest();
    const slot = this.#next % this.#capacity;
    this.#ring[slot] = record;
    this.#sizes[slot] = size;
    this.#bytes += size;
    this.#next++;
  }

  #dropOldest(): void {
    const slot = this.#first % this.#capacity;
    this.#bytes -= this.#sizes[slot] ?? 0;
    this.#ring[slot] = undefined;
    this.#sizes[slot] = 0;
    this.#first++;
  }

  clear(): void {
    while (this.#first < this.#next) this.#dropOldest();
  }

  get size(): number {
    return this.#next - this.#first;
  }

  list(filter: RecordingFilter = {}): Exchange[] {
    const afterSeq = filter.after === undefined ? -1 : parseExchangeId(filter.after);
    const selected: Array<{ seq: number; record: ExchangeRecord }> = [];
    for (let seq = Math.max(this.#first, afterSeq + 1); seq < this.#next; seq++) {
      const record = this.#ring[seq % this.#capacity];
      if (record && (filter.korrelasjonsid === undefined || record.korrelasjonsid === filter.korrelasjonsid)) {
        selected.push({ seq, record });
      }
    }
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
    headers: redactRawHeaders(record.requestHeaders),
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
  };
}

function materialise(
  body: RecordedBody,
  secrets: 'token-request' | 'token-response' | undefined,
): { body?: unknown; bodyTruncated?: boolean } {
  if (body.kind === 'none') return {};
  if (body.kind === 'value') return { body: body.value };
  const text = body.kind === 'bytes' ? body.bytes.toString('utf8') : body.text;
  if (body.truncated) return { body: text, bodyTruncated: true };
  if (secrets === 'token-request' || mediaType(body.contentType) === 'application/x-www-form-urlencoded') {
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
