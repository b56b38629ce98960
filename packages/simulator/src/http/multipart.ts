import { HttpProblem } from './problem.js';

export interface MultipartPart {
  readonly name: string;
  readonly filename: string | undefined;
  readonly contentType: string | undefined;
  readonly data: Buffer;
}

const MAX_PARTS = 20;
const MAX_PART_HEADER_BYTES = 8 * 1024;

function badRequest(detail: string): HttpProblem {
  return new HttpProblem(400, `Invalid multipart/form-data body: ${detail}`);
}

/** The boundary of a `multipart/form-data` Content-Type, or undefined when there is none. */
export function multipartBoundary(contentType: string | undefined): string | undefined {
  if (contentType === undefined) return undefined;
  const [type, ...parameters] = contentType.split(';');
  if ((type ?? '').trim().toLowerCase() !== 'multipart/form-data') return undefined;
  for (const parameter of parameters) {
    const index = parameter.indexOf('=');
    if (index < 0) continue;
    if (parameter.slice(0, index).trim().toLowerCase() !== 'boundary') continue;
    let value = parameter.slice(index + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    return value.length > 0 && value.length <= 70 ? value : undefined;
  }
  return undefined;
}

/** Parses a fully buffered `multipart/form-data` body (RFC 7578). Malformed input is a 400, never a crash. */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let position = body.indexOf(delimiter);
  if (position < 0) throw badRequest('the boundary does not occur in the body.');
  while (true) {
    position += delimiter.length;
    if (body[position] === 0x2d && body[position + 1] === 0x2d) return parts; // closing "--boundary--"
    if (body[position] === 0x0d && body[position + 1] === 0x0a) position += 2;
    else throw badRequest('a boundary line is not followed by CRLF.');
    const headerEnd = body.indexOf('\r\n\r\n', position);
    if (headerEnd < 0 || headerEnd - position > MAX_PART_HEADER_BYTES) throw badRequest('a part has no header end.');
    const headers = parsePartHeaders(body.subarray(position, headerEnd).toString('utf8'));
    const dataStart = headerEnd + 4;
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), dataStart);
    if (next < 0) throw badRequest('the closing boundary is missing.');
    const disposition = headers.get('content-disposition');
    if (disposition === undefined) throw badRequest('a part has no Content-Disposition.');
    const { name, filename } = parseDisposition(disposition);
    if (name === undefined) throw badRequest('a part has no name.');
    parts.push({ name, filename, contentType: headers.get('content-type'), data: body.subarray(dataStart, next) });
    if (parts.length > MAX_PARTS) throw badRequest(`more than ${MAX_PARTS} parts.`);
    position = next + 2;
  }
}

function parsePartHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split('\r\n')) {
    const index = line.indexOf(':');
    if (index <= 0) throw badRequest(`malformed part header "${line.slice(0, 80)}".`);
    headers.set(line.slice(0, index).trim().toLowerCase(), line.slice(index + 1).trim());
  }
  return headers;
}

function parseDisposition(value: string): { name: string | undefined; filename: string | undefined } {
  const result: { name: string | undefined; filename: string | undefined } = { name: undefined, filename: undefined };
  const pattern = /;\s*([a-zA-Z*]+)=(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/g;
  let extended: string | undefined;
  for (const match of value.matchAll(pattern)) {
    const key = (match[1] ?? '').toLowerCase();
    const raw = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : (match[3] ?? '');
    if (key === 'name') result.name = raw;
    else if (key === 'filename') result.filename = raw;
    else if (key === 'filename*') extended = raw;
  }
  if (extended !== undefined) {
    const encoded = /^utf-8''(.*)$/i.exec(extended);
    if (encoded) {
      try {
        result.filename = decodeURIComponent(encoded[1] ?? '');
      } catch {
        // keep the plain filename
      }
    }
  }
  return result;
}
