import type { Exchange, HttpMessage } from '@elan-kit/schemas';
import { isJsonMediaType, mediaType } from '../http/read-body.js';
import { redactHeaders, redactRawHeaders, redactTokenRequest, redactTokenResponse } from './redact.js';

/**
 * What a body becomes in evidence: text bodies as UTF-8 bytes in the recorder's byte ring (no allocation per
 * request), cut at the per-body limit; binary uploads as a small summary, never the bytes.
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
  readonly status: number | undefined;
  readonly durationMs: number;
  readonly responseHeaders: Readonly<Record<string, string>>;
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

/** Where a body sits in the byte ring: a virtual offset (bytes written before it, ever) and its length. */
interface StoredBody {
  readonly contentType: string;
  readonly at: number;
  readonly length: number;
  readonly truncated: boolean;
}

type Kept =
  | { readonly kind: 'none' }
  | { readonly kind: 'value'; readonly value: unknown }
  | ({ readonly kind: 'stored' } & StoredBody);

interface Slot {
  readonly record: ExchangeRecord;
  readonly requestBody: Kept;
  readonly responseBody: Kept;
  /** The oldest byte of the ring this exchange still needs. */
  readonly firstByte: number;
}

const NOTHING: Kept = { kind: 'none' };

/**
 * A bounded queue of every exchange, oldest dropped first: at most `capacity` exchanges, and bodies copied into
 * one preallocated byte ring of `bytesBudget` bytes (an exchange whose bytes are overwritten is dropped). Nothing
 * is allocated per recorded body, so recording adds no garbage; turning a record into the RunResult `Exchange`
 * shape, and redacting it, happens only when someone reads it.
 */
export class Recorder {
  readonly #capacity: number;
  readonly #bodyLimit: number;
  readonly #ring: Buffer;
  readonly #slots: Array<Slot | undefined>;
  /** Sequence number of the oldest kept exchange, and of the next one. */
  #first = 0;
  #next = 0;
  /** Bytes ever written to the ring (a virtual offset; the physical one is this modulo the ring size). */
  #written = 0;

  constructor(capacity: number, bodyLimit: number, bytesBudget: number) {
    this.#capacity = capacity;
    // Both bodies of one exchange must fit in the ring together.
    this.#bodyLimit = Math.min(bodyLimit, Math.floor(bytesBudget / 2));
    this.#ring = Buffer.allocUnsafeSlow(bytesBudget);
    this.#slots = new Array<Slot | undefined>(capacity).fill(undefined);
  }

  /** Request bytes, as received; they are copied into the ring when the exchange is added. */
  captureBytes(contentType: string | undefined, bytes: Buffer): RecordedBody {
    if (bytes.length === 0) return NO_RECORDED_BODY;
    return { kind: 'bytes', contentType: contentType ?? '', bytes, truncated: false };
  }

  /** An answer's text; copied into the ring when the exchange is added. */
  captureText(contentType: string | undefined, text: string): RecordedBody {
    if (text === '') return NO_RECORDED_BODY;
    return { kind: 'text', contentType: contentType ?? '', text, truncated: false };
  }

  captureValue(value: unknown): RecordedBody {
    return { kind: 'value', value };
  }

  add(record: ExchangeRecord, request: RecordedBody, response: RecordedBody): void {
    const firstByte = this.#written;
    const requestBody = this.#store(request);
    const responseBody = this.#store(response);
    while (this.#next - this.#first >= this.#capacity) this.#dropOldest();
    this.#slots[this.#next % this.#capacity] = {
      record,
      requestBody,
      responseBody,
      firstByte:
        requestBody.kind === 'stored' ? requestBody.at : responseBody.kind === 'stored' ? responseBody.at : firstByte,
    };
    this.#next++;
  }

  /** Copies a body into the ring, making room by dropping the oldest exchanges. */
  #store(body: RecordedBody): Kept {
    if (body.kind === 'none') return NOTHING;
    if (body.kind === 'value') return body;
    const size = this.#ring.length;
    const fullLength = body.kind === 'bytes' ? body.bytes.length : Buffer.byteLength(body.text);
    const length = Math.min(fullLength, this.#bodyLimit);
    let at = this.#written;
    // Bodies are contiguous: one that does not fit before the end of the ring starts over at its beginning.
    if ((at % size) + length > size) at += size - (at % size);
    while (this.#first < this.#next && this.#oldestFirstByte() + size < at + length) this.#dropOldest();
    const offset = at % size;
    if (body.kind === 'bytes') body.bytes.copy(this.#ring, offset, 0, length);
    else this.#ring.write(body.text, offset, length, 'utf8');
    this.#written = at + length;
    return { kind: 'stored', contentType: body.contentType, at, length, truncated: fullLength > length };
  }

  #oldestFirstByte(): number {
    return this.#slots[this.#first % this.#capacity]?.firstByte ?? Number.POSITIVE_INFINITY;
  }

  #dropOldest(): void {
    this.#slots[this.#first % this.#capacity] = undefined;
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
    const selected: Array<{ seq: number; slot: Slot }> = [];
    for (let seq = Math.max(this.#first, afterSeq + 1); seq < this.#next; seq++) {
      const slot = this.#slots[seq % this.#capacity];
      if (slot && (filter.korrelasjonsid === undefined || slot.record.korrelasjonsid === filter.korrelasjonsid)) {
        selected.push({ seq, slot });
      }
    }
    const limited = filter.limit === undefined ? selected : selected.slice(-filter.limit);
    return limited.map(({ seq, slot }) => toExchange(seq, slot, (kept) => this.#read(kept)));
  }

  #read(kept: Kept): RecordedBody {
    if (kept.kind !== 'stored') return kept;
    const offset = kept.at % this.#ring.length;
    const text = this.#ring.toString('utf8', offset, offset + kept.length);
    return { kind: 'text', contentType: kept.contentType, text, truncated: kept.truncated };
  }
}

function parseExchangeId(id: string): number {
  const match = /^x(\d+)$/.exec(id);
  return match ? Number(match[1]) : -1;
}

function toExchange(seq: number, slot: Slot, read: (kept: Kept) => RecordedBody): Exchange {
  const record = slot.record;
  const tokenEndpoint = record.secrets === 'token-endpoint';
  const request: HttpMessage = {
    headers: redactRawHeaders(record.requestHeaders),
    ...materialise(read(slot.requestBody), tokenEndpoint ? 'token-request' : undefined),
  };
  const response: HttpMessage = {
    headers: redactHeaders(record.responseHeaders),
    ...materialise(read(slot.responseBody), tokenEndpoint ? 'token-response' : undefined),
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
