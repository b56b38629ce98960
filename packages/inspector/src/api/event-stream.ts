import type { IncomingMessage, ServerResponse } from 'node:http';
import { EVENT_STREAM_HEARTBEAT_MS } from '../assumptions.js';

/** The clients of `GET /events`: server-sent events, nothing replayed, a heartbeat comment to keep them open. */
export class EventStream {
  readonly #clients = new Set<ServerResponse>();
  #heartbeat: NodeJS.Timeout | undefined;

  get size(): number {
    return this.#clients.size;
  }

  open(request: IncomingMessage, response: ServerResponse, onOpen: () => void): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      connection: 'keep-alive',
    });
    response.write(': elan-kit inspector events\n\n');
    this.#clients.add(response);
    const drop = () => {
      this.#clients.delete(response);
      if (this.#clients.size === 0) this.#stopHeartbeat();
    };
    request.on('close', drop);
    response.on('error', drop);
    this.#heartbeat ??= setInterval(() => this.#write(': heartbeat\n\n'), EVENT_STREAM_HEARTBEAT_MS).unref();
    onOpen();
  }

  send(event: string, data: unknown): void {
    if (this.#clients.size === 0) return;
    this.#write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  close(): void {
    for (const client of this.#clients) client.end();
    this.#clients.clear();
    this.#stopHeartbeat();
  }

  #write(text: string): void {
    for (const client of this.#clients) {
      // A client that does not read is dropped rather than buffered without bound.
      if (client.writableLength > 4 * 1024 * 1024) client.destroy();
      else client.write(text);
    }
  }

  #stopHeartbeat(): void {
    if (this.#heartbeat) clearInterval(this.#heartbeat);
    this.#heartbeat = undefined;
  }
}
