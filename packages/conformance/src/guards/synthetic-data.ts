import { classifyIdentifier, mayIdentifyRealParty } from '@elan-kit/fixtures';
import { appendPointer } from '@elan-kit/schemas';
import { NON_IDENTIFIER_KEYS } from '../assumptions.js';
import { NonSyntheticDataError } from '../errors.js';
import { headerValue } from '../http/elan-headers.js';
import type { HttpRequest, RequestGuard } from '../http/http-client.js';
import { parseMultipart } from '../http/multipart.js';

export interface RealIdentifier {
  /**
   * A JSON pointer into the body, or a location: `header x-kunde`, `query ?fnr`, `form field saksoekt`,
   * `multipart part vedlegg (skjema.txt) line 3`, `body line 2`, `path segment 4`.
   */
  readonly pointer: string;
  readonly kind: string;
}

const KIND_NAMES: Record<string, string> = { fnr: 'fødselsnummer', dnr: 'D-nummer', orgnr: 'organisasjonsnummer' };
const skipKeys = new Set(NON_IDENTIFIER_KEYS.map((key) => key.toLowerCase()));

/** An exact identifier value, or an 11-digit person identifier inside free text (a file name, a note). */
function inspectText(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^\d{9}$|^\d{11}$/.test(trimmed)) {
    return mayIdentifyRealParty(trimmed) ? KIND_NAMES[classifyIdentifier(trimmed).kind] : undefined;
  }
  for (const match of text.matchAll(/(?<!\d)\d{11}(?!\d)/g)) {
    const classification = classifyIdentifier(match[0]);
    if ((classification.kind === 'fnr' || classification.kind === 'dnr') && mayIdentifyRealParty(match[0])) {
      return KIND_NAMES[classification.kind];
    }
  }
  return undefined;
}

/** Every value in a parsed JSON document that may identify a real person or organisation. */
export function findRealIdentifiers(value: unknown, pointer = '', depth = 0): RealIdentifier[] {
  if (depth > 100) return [];
  if (typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value))) {
    const kind = inspectText(String(value));
    return kind ? [{ pointer, kind }] : [];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => findRealIdentifiers(item, `${pointer}/${index}`, depth + 1));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) =>
      skipKeys.has(key.toLowerCase()) ? [] : findRealIdentifiers(item, appendPointer(pointer, key), depth + 1),
    );
  }
  return [];
}

/** Headers whose value is a credential, never an identifier carrier (A-GUARD-BEARER). */
const UNSCANNED_HEADERS = new Set(['authorization', 'proxy-authorization']);

/** The first real-looking identifier among the 9- and 11-digit runs of free text, with its 1-based line. */
function scanFreeText(text: string): { kind: string; line: number } | undefined {
  for (const match of text.matchAll(/(?<!\d)(?:\d{11}|\d{9})(?!\d)/g)) {
    if (!mayIdentifyRealParty(match[0])) continue;
    const line = text.slice(0, match.index).split('\n').length;
    return { kind: KIND_NAMES[classifyIdentifier(match[0]).kind] ?? 'identifier', line };
  }
  return undefined;
}

/** Bytes as text: latin1, and UTF-16 as well when many bytes are NUL (digits could hide between them). */
function decodeTexts(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes);
  const texts = [buffer.toString('latin1')];
  let nul = 0;
  for (const byte of buffer) if (byte === 0) nul++;
  if (buffer.length >= 2 && nul >= buffer.length * 0.3) {
    const even = Buffer.from(buffer.subarray(0, buffer.length - (buffer.length % 2)));
    texts.push(even.toString('utf16le'), even.swap16().toString('utf16le'));
  }
  return texts;
}

/** Text a file's bytes carry: text-like by its type, or mostly printable once decoded (A-GUARD-FILTEKST). */
function readableTexts(bytes: Uint8Array, contentType: string | undefined): string[] {
  const textLike = contentType !== undefined && /^text\/|json|xml|csv|x-www-form-urlencoded/i.test(contentType);
  return decodeTexts(bytes).filter((text) => {
    if (textLike) return true;
    if (text.length === 0) return false;
    let printable = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 9 || code === 10 || code === 13 || (code >= 32 && code < 127) || code >= 160) printable++;
    }
    return printable / text.length >= 0.9;
  });
}

function scanParts(
  found: RealIdentifier[],
  fields: Readonly<Record<string, string>>,
  files: ReadonlyArray<{ field: string; filename: string; contentType?: string; content?: Uint8Array }>,
): void {
  for (const [field, value] of Object.entries(fields)) {
    const kind = inspectText(value) ?? scanFreeText(value)?.kind;
    if (kind) found.push({ pointer: `multipart part ${field}`, kind });
  }
  for (const file of files) {
    const inName = inspectText(file.filename) ?? scanFreeText(file.filename)?.kind;
    if (inName) {
      found.push({ pointer: `multipart part ${file.field} filename`, kind: inName });
      continue;
    }
    const texts = file.content ? readableTexts(file.content, file.contentType) : [];
    const hit = texts.map(scanFreeText).find((found) => found !== undefined);
    if (hit)
      found.push({ pointer: `multipart part ${file.field} (${file.filename}) line ${hit.line}`, kind: hit.kind });
  }
}

function scanForm(found: RealIdentifier[], fields: Iterable<[string, string]>): void {
  for (const [name, value] of fields) {
    const kind = inspectText(value) ?? scanFreeText(value)?.kind;
    if (kind) found.push({ pointer: `form field ${name}`, kind });
  }
}

/** A body that is not multipart: JSON by pointer, a form by field, anything else as text by line. */
function scanBody(found: RealIdentifier[], text: string, contentType: string): void {
  if (/x-www-form-urlencoded/i.test(contentType)) {
    scanForm(found, new URLSearchParams(text));
    return;
  }
  try {
    found.push(...findRealIdentifiers(JSON.parse(text)));
    return;
  } catch {
    // not JSON: scanned as text
  }
  const hit = scanFreeText(text);
  if (hit) found.push({ pointer: `body line ${hit.line}`, kind: hit.kind });
}

/**
 * Scans every byte a request would carry: headers (except the credential in Authorization), the URL path and
 * query, and the body of any type: JSON by pointer, form fields by name, multipart parts with file contents, and
 * anything else as text. Locations never repeat the identifier itself.
 */
export function findRealIdentifiersInRequest(request: HttpRequest): RealIdentifier[] {
  const found: RealIdentifier[] = [];
  const headers = request.headers ?? {};
  const contentType = headerValue(headers, 'content-type') ?? '';
  for (const [name, value] of Object.entries(headers)) {
    if (UNSCANNED_HEADERS.has(name.toLowerCase())) continue;
    const kind = inspectText(value) ?? scanFreeText(value)?.kind;
    if (kind) found.push({ pointer: `header ${name.toLowerCase()}`, kind });
  }
  if (request.json !== undefined) found.push(...findRealIdentifiers(request.json));
  if (request.text !== undefined) scanBody(found, request.text, contentType);
  if (request.form !== undefined) scanForm(found, Object.entries(request.form));
  if (request.bytes !== undefined) {
    const multipart = /multipart\/form-data/i.test(contentType)
      ? parseMultipart(request.bytes, contentType)
      : undefined;
    if (multipart) scanParts(found, multipart.fields, multipart.files);
    else if (/json/i.test(contentType)) scanBody(found, Buffer.from(request.bytes).toString('utf8'), contentType);
    else for (const text of decodeTexts(request.bytes)) scanBody(found, text, contentType);
  }
  if (request.multipart) {
    scanParts(
      found,
      request.multipart.fields,
      request.multipart.files.map((file) => ({ ...file, content: file.data })),
    );
  }
  try {
    const url = new URL(request.url);
    url.pathname.split('/').forEach((segment, index) => {
      let decoded = segment;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        // a malformed escape is scanned as written
      }
      const kind = inspectText(decoded) ?? scanFreeText(decoded)?.kind;
      if (kind) found.push({ pointer: `path segment ${index}`, kind });
    });
    for (const [key, value] of url.searchParams) {
      const kind = inspectText(value) ?? scanFreeText(value)?.kind;
      if (kind) found.push({ pointer: `query ?${key}`, kind });
    }
  } catch {
    // an unparsable URL fails in the HTTP client with its own error
  }
  return found;
}

/** The text with each real-looking identifier replaced, for messages and records of a refused request. */
export function maskRealIdentifiers(text: string): string {
  return text.replace(/(?<!\d)(?:\d{11}|\d{9})(?!\d)/g, (run) => (mayIdentifyRealParty(run) ? '[identifikator]' : run));
}

/**
 * Stops a request before it leaves the process when it carries a real-looking fødselsnummer, D-nummer or
 * organisasjonsnummer. Used for every target that is not the kit's own simulator.
 */
export function createSyntheticDataGuard(): RequestGuard {
  return (request) => {
    const [first] = findRealIdentifiersInRequest(request);
    if (first) throw new NonSyntheticDataError(first.pointer, first.kind, maskRealIdentifiers(request.url));
  };
}
