import { classifyIdentifier, mayIdentifyRealParty } from '@elan-kit/fixtures';
import { appendPointer } from '@elan-kit/schemas';
import { NON_IDENTIFIER_KEYS } from '../assumptions.js';
import { NonSyntheticDataError } from '../errors.js';
import { headerValue } from '../http/elan-headers.js';
import type { HttpRequest, RequestGuard } from '../http/http-client.js';
import { summarizeMultipart } from '../http/multipart.js';

export interface RealIdentifier {
  /** JSON pointer into the body, or `multipart:<field>`, `url:<segment>`. */
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

/** Scans everything a request would carry: JSON body, multipart fields and file names, URL path and query. */
export function findRealIdentifiersInRequest(request: HttpRequest): RealIdentifier[] {
  const found: RealIdentifier[] = [];
  if (request.json !== undefined) found.push(...findRealIdentifiers(request.json));
  if (request.text !== undefined) {
    let parsed: unknown = request.text;
    try {
      parsed = JSON.parse(request.text);
    } catch {
      // not JSON: scanned as text
    }
    found.push(...findRealIdentifiers(parsed));
  }
  if (request.bytes !== undefined) {
    const contentType = headerValue(request.headers ?? {}, 'content-type') ?? '';
    const multipart = /multipart\/form-data/i.test(contentType)
      ? summarizeMultipart(request.bytes, contentType)
      : undefined;
    if (multipart) {
      for (const [field, value] of Object.entries(multipart.fields)) {
        const kind = inspectText(value);
        if (kind) found.push({ pointer: `multipart:${field}`, kind });
      }
      for (const file of multipart.files) {
        const kind = inspectText(file.filename);
        if (kind) found.push({ pointer: `multipart:${file.field}.filename`, kind });
      }
    } else if (/json/i.test(contentType)) {
      try {
        found.push(...findRealIdentifiers(JSON.parse(Buffer.from(request.bytes).toString('utf8'))));
      } catch {
        found.push(...findRealIdentifiers(Buffer.from(request.bytes).toString('utf8')));
      }
    }
  }
  if (request.multipart) {
    for (const [field, value] of Object.entries(request.multipart.fields)) {
      const kind = inspectText(value);
      if (kind) found.push({ pointer: `multipart:${field}`, kind });
    }
    for (const file of request.multipart.files) {
      const kind = inspectText(file.filename);
      if (kind) found.push({ pointer: `multipart:${file.field}.filename`, kind });
    }
  }
  try {
    const url = new URL(request.url);
    for (const segment of url.pathname.split('/')) {
      const kind = inspectText(decodeURIComponent(segment));
      if (kind) found.push({ pointer: `url:${segment}`, kind });
    }
    for (const [key, value] of url.searchParams) {
      const kind = inspectText(value);
      if (kind) found.push({ pointer: `url:?${key}`, kind });
    }
  } catch {
    // an unparsable URL fails in the HTTP client with its own error
  }
  return found;
}

/**
 * Stops a request before it leaves the process when it carries a real-looking fødselsnummer, D-nummer or
 * organisasjonsnummer. Used for every target that is not the kit's own simulator.
 */
export function createSyntheticDataGuard(): RequestGuard {
  return (request) => {
    const [first] = findRealIdentifiersInRequest(request);
    if (first) throw new NonSyntheticDataError(first.pointer, first.kind, request.url);
  };
}
