import { type Exchange, type HttpMessage, redactHeaders, redactText, redactUrl, redactValue } from '@elan-kit/schemas';
import { isJsonMediaType, mediaType } from '../http/read-body.js';
import { redactForm, redactRawHeaders, withoutSecretValues } from './redact.js';

/** A body as the pipeline hands it to the recorder. */
export type RecordedBody =
  | { readonly kind: 'none' }
  | { readonly kind: 'bytes'; readonly contentType: string; readonly bytes: Buffer }
  | { readonly kind: 'text'; readonly contentType: string; readonly text: string }
  /** A small summary instead of the bytes (multipart uploads). */
  | { readonly kind: 'value'; readonly value: unknown };

export const NO_RECORDED_BODY: RecordedBody = { kind: 'none' };

/** One exchange, without its bodies. */
export interface ExchangeRecord {
  /** Virtual-clock time the request arrived. */
  readonly timeMs: number;
  readonly method: string;
  /** `http://127.0.0.1:PORT`; the URL is `origin + target`. */
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

/** What is serialised in front of the bodies: the record plus how to read the bodies back. */
interface MutableMeta {
  r: ExchangeRecord;
  /** Request body: content type, truncated, or a summary value. */
  qc?: string;
  qt?: boolean;
  qv?: unknown;
  pc?: string;
  pt?: boolean;
}
type StoredMeta = Readonly<MutableMeta>;

/**
 * Every exchange in one preallocated byte ring: the record as JSON, then the request and answer bodies, cut at
 * the per-body limit. At most `capacity` exchanges are kept, and the oldest go first when the ring needs their
 * bytes. Recording leaves no object behind on the JS heap (only a few numbers in typed arrays), so a busy
 * simulator's garbage collector is not made to carry a thousand exchanges; reading turns the bytes back into
 * the RunResult `Exchange` shape and redacts secrets.
 */
export class Recorder {
  readonly #capacity: number;
  readonly #bodyLimit: number;
  readonly #ring: Buffer;
  /** Per slot: virtual offset of the exchange in the ring, and the byte lengths of its three parts. */
  readonly #at: Float64Array;
  readonly #metaLength: Int32Array;
  readonly #requestLength: Int32Array;
  readonly #responseLength: Int32Array;
  /** Sequence number of the oldest kept exchange, and of the next one. */
  #first = 0;
  #next = 0;
  /** Bytes ever written (a virtual offset; the physical one is this modulo the ring size). */
  #written = 0;

  constructor(capacity: number, bodyLimit: number, bytesBudget: number) {
    this.#capacity = capacity;
    // The three parts of one exchange (each at most a quarter of the ring) must fit in the ring together.
    this.#bodyLimit = Math.min(bodyLimit, Math.floor(bytesBudget / 4));
    this.#ring = Buffer.allocUnsafeSlow(bytesBudget);
    this.#at = new Float64Array(capacity);
    this.#metaLength = new Int32Array(capacity);
    this.#requestLength = new Int32Array(capacity);
    this.#responseLength = new Int32Array(capacity);
  }

  captureBytes(contentType: string | undefined, bytes: Buffer): RecordedBody {
    return bytes.length === 0 ? NO_RECORDED_BODY : { kind: 'bytes', contentType: contentType ?? '', bytes };
  }

  captureText(contentType: string | undefined, text: string): RecordedBody {
    return text === '' ? NO_RECORDED_BODY : { kind: 'text', contentType: contentType ?? '', text };
  }

  captureValue(value: unknown): RecordedBody {
    return { kind: 'value', value };
  }

  add(record: ExchangeRecord, request: RecordedBody, response: RecordedBody): void {
    const requestSize = sizeOf(request);
    const responseSize = sizeOf(response);
    const requestLength = Math.min(requestSize, this.#bodyLimit);
    const responseLength = Math.min(responseSize, this.#bodyLimit);
    const requestHeaders = withoutSecretValues(record.requestHeaders);
    const meta: MutableMeta = { r: requestHeaders === record.requestHeaders ? record : { ...record, requestHeaders } };
    if (request.kind === 'bytes' || request.kind === 'text') meta.qc = request.contentType;
    else if (request.kind === 'value') meta.qv = request.value;
    if (requestSize > requestLength) meta.qt = true;
    if (response.kind === 'bytes' || response.kind === 'text') meta.pc = response.contentType;
    if (responseSize > responseLength) meta.pt = true;
    let metaText = JSON.stringify(meta);
    let metaLength = Buffer.byteLength(metaText);
    if (metaLength > this.#ring.length / 4) {
      metaText = JSON.stringify({ r: { ...record, requestHeaders: [], error: 'headers too large to record' } });
      metaLength = Buffer.byteLength(metaText);
    }
    const total = metaLength + requestLength + responseLength;
    const size = this.#ring.length;

    let at = this.#written;
    // An exchange is contiguous: one that does not fit before the end of the ring starts over at its beginning.
    if ((at % size) + total > size) at += size - (at % size);
    while (this.#next - this.#first >= this.#capacity) this.#first++;
    while (this.#first < this.#next && (this.#at[this.#first % this.#capacity] ?? 0) + size < at + total) {
      this.#first++;
    }
    let offset = at % size;
    this.#ring.write(metaText, offset, metaLength, 'utf8');
    offset += metaLength;
    offset += writeBody(this.#ring, offset, request, requestLength);
    writeBody(this.#ring, offset, response, responseLength);

    const slot = this.#next % this.#capacity;
    this.#at[slot] = at;
    this.#metaLength[slot] = metaLength;
    this.#requestLength[slot] = requestLength;
    this.#responseLength[slot] = responseLength;
    this.#written = at + total;
    this.#next++;
  }

  clear(): void {
    this.#first = this.#next;
  }

  get size(): number {
    return this.#next - this.#first;
  }

  list(filter: RecordingFilter = {}): Exchange[] {
    const afterSeq = filter.after === undefined ? -1 : parseExchangeId(filter.after);
    const selected: Array<{ seq: number; meta: StoredMeta; slot: number }> = [];
    for (let seq = Math.max(this.#first, afterSeq + 1); seq < this.#next; seq++) {
      const slot = seq % this.#capacity;
      const offset = (this.#at[slot] ?? 0) % this.#ring.length;
      const meta = JSON.parse(
        this.#ring.toString('utf8', offset, offset + (this.#metaLength[slot] ?? 0)),
      ) as StoredMeta;
      if (filter.korrelasjonsid === undefined || meta.r.korrelasjonsid === filter.korrelasjonsid) {
        selected.push({ seq, meta, slot });
      }
    }
    const limited = filter.limit === undefined ? selected : selected.slice(-filter.limit);
    return limited.map(({ seq, meta, slot }) => {
      const offset = (this.#at[slot] ?? 0) % this.#ring.length;
      const requestAt = offset + (this.#metaLength[slot] ?? 0);
      const responseAt = requestAt + (this.#requestLength[slot] ?? 0);
      const requestText = this.#ring.toString('utf8', requestAt, responseAt);
      const responseText = this.#ring.toString('utf8', responseAt, responseAt + (this.#responseLength[slot] ?? 0));
      return toExchange(seq, meta, requestText, responseText);
    });
  }
}

function sizeOf(body: RecordedBody): number {
  if (body.kind === 'bytes') return body.bytes.length;
  if (body.kind === 'text') return Buffer.byteLength(body.text);
  return 0;
}

function writeBody(ring: Buffer, offset: number, body: RecordedBody, length: number): number {
  if (length === 0) return 0;
  if (body.kind === 'bytes') return body.bytes.copy(ring, offset, 0, length);
  if (body.kind === 'text') return ring.write(body.text, offset, length, 'utf8');
  return 0;
}

function parseExchangeId(id: string): number {
  const match = /^x(\d+)$/.exec(id);
  return match ? Number(match[1]) : -1;
}

function toExchange(seq: number, meta: StoredMeta, requestText: string, responseText: string): Exchange {
  const record = meta.r;
  const tokenEndpoint = record.secrets === 'token-endpoint';
  const request: HttpMessage = {
    headers: redactRawHeaders(record.requestHeaders),
    ...(meta.qv !== undefined
      ? { body: redactValue(meta.qv) }
      : bodyOf(requestText, meta.qc, meta.qt === true, tokenEndpoint)),
  };
  const response: HttpMessage = {
    headers: redactHeaders(record.responseHeaders),
    ...bodyOf(responseText, meta.pc, meta.pt === true, false),
  };
  return {
    id: `x${seq}`,
    time: new Date(record.timeMs).toISOString(),
    method: record.method,
    url: redactUrl(`${record.origin}${record.target}`),
    ...(record.status === undefined ? {} : { status: record.status }),
    durationMs: Math.round(record.durationMs * 1000) / 1000,
    ...(record.korrelasjonsid === undefined ? {} : { korrelasjonsid: record.korrelasjonsid }),
    ...(record.meldingsid === undefined ? {} : { meldingsid: record.meldingsid }),
    request,
    ...(record.status === undefined && record.error !== undefined ? {} : { response }),
    ...(record.error === undefined ? {} : { error: record.error }),
  };
}

function bodyOf(
  text: string,
  contentType: string | undefined,
  truncated: boolean,
  /** The token endpoint's grant is a form whatever its content type says. */
  form: boolean,
): { body?: unknown; bodyTruncated?: boolean } {
  if (contentType === undefined) return {};
  if (truncated) return { body: redactText(text), bodyTruncated: true };
  if (form || mediaType(contentType) === 'application/x-www-form-urlencoded') {
    return { body: redactForm(new URLSearchParams(text)) };
  }
  if (isJsonMediaType(contentType)) {
    try {
      return { body: redactValue(JSON.parse(text)) };
    } catch {
      return { body: redactText(text) };
    }
  }
  return { body: redactText(text) };
}
