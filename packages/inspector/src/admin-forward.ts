import type { IncomingMessage, ServerResponse } from 'node:http';
import { request as httpRequest } from 'node:http';

const ADMIN_BODY_BYTES = 2 * 1024 * 1024;

/**
 * Hands a control call of the page (already through the write gate) to the simulator's admin API on the simulator's
 * own origin: used when the page is served on its own port (`--ui-port`).
 */
export async function forwardToAdmin(
  request: IncomingMessage,
  response: ServerResponse,
  simulatorUrl: string,
): Promise<void> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > ADMIN_BODY_BYTES) {
      response.writeHead(413, { 'content-type': 'application/json' }).end('{"code":"ELAN_INSPECTOR_BAD_REQUEST"}');
      return;
    }
    chunks.push(chunk as Buffer);
  }
  const body = Buffer.concat(chunks);
  const target = new URL(request.url ?? '/', simulatorUrl);
  await new Promise<void>((resolve) => {
    const outgoing = httpRequest(
      target,
      {
        method: request.method,
        headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, {
          'content-type': answer.headers['content-type'] ?? 'application/json',
        });
        answer.pipe(response);
        answer.on('end', resolve);
        answer.on('error', () => resolve());
      },
    );
    outgoing.on('error', (error) => {
      if (!response.headersSent) {
        response.writeHead(502, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            code: 'ELAN_INSPECTOR_UNAVAILABLE',
            message: `The simulator did not answer: ${error.message}`,
          }),
        );
      }
      resolve();
    });
    outgoing.end(body);
  });
}
