import type { IncomingMessage } from 'node:http';
import { HttpProblem } from './problem.js';

/** The client went away before its body arrived: nobody is left to answer. */
export class RequestAborted extends Error {
  override readonly name = 'RequestAborted';
}

/**
 * Reads the whole request body, refusing (413, connection closed) as soon as it passes `limit` bytes:
 * a declared Content-Length is checked before reading, a chunked body while reading.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = request.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) {
    return Promise.reject(tooLarge(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error: Error | undefined, body?: Buffer) => {
      if (done) return;
      done = true;
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('aborted', onAborted);
      if (error) reject(error);
      else resolve(body ?? Buffer.alloc(0));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.pause();
        finish(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish(undefined, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
    const onError = (error: Error) => finish(new RequestAborted(error.message, { cause: error }));
    const onAborted = () => finish(new RequestAborted('request aborted by the client'));
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
    request.on('aborted', onAborted);
  });
}

function tooLarge(limit: number): HttpProblem {
  return new HttpProblem(413, `The request body is larger than the limit of ${limit} bytes.`, {
    closeConnection: true,
  });
}

/** `application/json`, `application/problem+json`, with or without parameters. */
export function isJsonMediaType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const type = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

export function mediaType(contentType: string | undefined): string {
  return ((contentType ?? '').split(';')[0] ?? '').trim().toLowerCase();
}

/** Whether an Accept header admits a JSON answer (absent ⇒ yes). */
export function acceptsJson(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  for (const entry of accept.split(',')) {
    const [range = '', ...parameters] = entry.split(';');
    const type = range.trim().toLowerCase();
    const quality = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (quality !== undefined && Number(quality.slice(2)) === 0) continue;
    if (type === '*/*' || type === 'application/*' || type === 'application/json' || type.endsWith('+json')) {
      return true;
    }
  }
  return false;
}
