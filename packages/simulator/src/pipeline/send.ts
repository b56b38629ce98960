import type { ServerResponse } from 'node:http';

export interface SentResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Buffer | undefined;
  readonly contentType: string | undefined;
}

/** Writes a JSON answer (or none for 204/HEAD) and returns what was sent, for the recorder. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  options: { contentType?: string; headers?: Readonly<Record<string, string>>; headOnly?: boolean },
): SentResponse {
  const headers: Record<string, string> = { ...options.headers };
  let bytes: Buffer | undefined;
  let contentType: string | undefined;
  if (status !== 204 && status !== 304 && body !== undefined) {
    contentType = `${options.contentType ?? 'application/json'}; charset=utf-8`;
    bytes = Buffer.from(JSON.stringify(body), 'utf8');
    headers['content-type'] = contentType;
    headers['content-length'] = String(bytes.length);
  } else if (status !== 204 && status !== 304) {
    headers['content-length'] = '0';
  }
  if (!response.headersSent) {
    response.writeHead(status, headers);
    response.end(options.headOnly ? undefined : bytes);
  }
  return { status, headers, body: bytes, contentType };
}
