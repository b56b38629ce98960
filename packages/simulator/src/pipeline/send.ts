import type { ServerResponse } from 'node:http';

export interface SentResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  /** The body as sent (JSON text). */
  readonly body: string | undefined;
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
  let text: string | undefined;
  let contentType: string | undefined;
  if (status !== 204 && status !== 304 && body !== undefined) {
    contentType = `${options.contentType ?? 'application/json'}; charset=utf-8`;
    text = JSON.stringify(body);
    headers['content-type'] = contentType;
    headers['content-length'] = String(Buffer.byteLength(text));
  } else if (status !== 204 && status !== 304) {
    headers['content-length'] = '0';
  }
  if (!response.headersSent) {
    response.writeHead(status, headers);
    if (options.headOnly || text === undefined) response.end();
    else response.end(text, 'utf8');
  }
  return { status, headers, body: text, contentType };
}
