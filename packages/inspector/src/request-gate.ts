import type { IncomingMessage } from 'node:http';
import { InspectorError } from './errors.js';

const LOOPBACK_ADDRESSES: readonly string[] = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];
const LOOPBACK_NAMES: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

export interface GateOptions {
  /** Answer clients on other addresses than loopback, under any Host name. */
  readonly allowRemote: boolean;
}

function forbidden(message: string): InspectorError {
  return new InspectorError('ELAN_INSPECTOR_FORBIDDEN', 403, message);
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Who may read: loopback clients that name the listener in `Host` (a DNS-rebinding page names its own host), unless
 * remote access is configured.
 */
export function assertMayRead(request: IncomingMessage, options: GateOptions): void {
  if (options.allowRemote) return;
  if (!LOOPBACK_ADDRESSES.includes(request.socket.remoteAddress ?? '')) {
    throw forbidden('The inspector answers loopback clients only (start it with --ui-host to open it to others).');
  }
  const host = header(request, 'host') ?? '';
  const match = /^(.*):(\d+)$/.exec(host);
  const name = (match ? match[1] : host)?.toLowerCase() ?? '';
  const port = match ? Number(match[2]) : 80;
  if (!LOOPBACK_NAMES.includes(name) || port !== request.socket.localPort) {
    throw forbidden(`Host "${host}" is not this listener; open the page at 127.0.0.1 or localhost.`);
  }
}

/**
 * Who may change something (control, finish): a reader that sends JSON (a cross-origin page cannot without a
 * preflight, and none is ever granted) and, when the browser says where it comes from, comes from this origin.
 */
export function assertMayWrite(request: IncomingMessage, options: GateOptions): void {
  assertMayRead(request, options);
  const contentType = (header(request, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (contentType !== 'application/json') {
    throw forbidden('Control and finish take Content-Type: application/json.');
  }
  const origin = header(request, 'origin');
  if (origin !== undefined && origin !== `http://${header(request, 'host') ?? ''}`) {
    throw forbidden(`Requests from ${origin} may not control this inspector.`);
  }
  const site = header(request, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    throw forbidden('Only the inspector page itself may control it.');
  }
}
