/** Raw HTTP on loopback with a hard bound on the answer time, for bytes `fetch` would refuse to send. */
import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { PreparedRequest } from './prepare.js';

export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly text: string;
  readonly latencyMs: number;
}

export type SendOutcome =
  | { readonly kind: 'answer'; readonly answer: Answer }
  | { readonly kind: 'hung'; readonly latencyMs: number }
  | { readonly kind: 'network-error'; readonly message: string; readonly latencyMs: number };

export function createAgent(connections: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: connections });
}

/** Sends one request and waits for the whole answer, at most `boundMs`. */
export function send(origin: URL, prepared: PreparedRequest, agent: Agent, boundMs: number): Promise<SendOutcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: SendOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const headers: Record<string, string> = { ...prepared.headers };
    if (prepared.chunks > 0) headers['transfer-encoding'] = 'chunked';
    else headers['content-length'] = String(prepared.body.length);
    const req = httpRequest(
      { host: origin.hostname, port: origin.port, method: prepared.method, path: prepared.path, headers, agent },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => parts.push(chunk));
        res.on('end', () =>
          settle({
            kind: 'answer',
            answer: {
              status: res.statusCode ?? 0,
              headers: res.headers,
              text: Buffer.concat(parts).toString('utf8'),
              latencyMs: performance.now() - started,
            },
          }),
        );
        res.on('error', (error) =>
          settle({ kind: 'network-error', message: error.message, latencyMs: performance.now() - started }),
        );
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      settle({ kind: 'hung', latencyMs: performance.now() - started });
    }, boundMs);
    req.on('error', (error) =>
      settle({ kind: 'network-error', message: error.message, latencyMs: performance.now() - started }),
    );
    if (prepared.chunks > 0 && prepared.body.length > 0) {
      const size = Math.ceil(prepared.body.length / prepared.chunks);
      for (let offset = 0; offset < prepared.body.length; offset += size)
        req.write(prepared.body.subarray(offset, offset + size));
      req.end();
    } else {
      req.end(prepared.body);
    }
  });
}
