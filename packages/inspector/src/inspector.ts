import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ElanError, type Exchange, type OfficialSpec, type RunResult } from '@elan-kit/schemas';
import { forwardToAdmin } from './admin-forward.js';
import { EventStream } from './api/event-stream.js';
import { type ApiRoute, readApiRoutes } from './api/read-api.js';
import { CONTENT_SECURITY_POLICY, loadPageAssets } from './assets.js';
import { JUDGEMENT_INTERVAL_MS } from './assumptions.js';
import { InspectorError } from './errors.js';
import { assertMayRead, assertMayWrite, type GateOptions } from './request-gate.js';
import type { TrafficSource } from './source.js';
import { createTrafficView } from './traffic-view.js';

export const INSPECTOR_PREFIX = '/__inspector';
export const API_PREFIX = `${INSPECTOR_PREFIX}/api/v1`;

/** What Finish answers: where the RunResult and the reports were written, and the summary counts. */
export interface FinishResult {
  readonly runFile: string;
  readonly reports: readonly string[];
  readonly summary: RunResult['summary'];
}

export interface InspectorOptions {
  readonly source: TrafficSource;
  /** Seed of the party register the scenario cards name parties from (the simulator's `--seed`). */
  readonly seed?: number;
  /** The organisation of the simulator's test client, named as innsender on the scenario cards. */
  readonly innsender?: string;
  /** Answer clients on other addresses than loopback, under any Host name. Default false. */
  readonly allowRemote?: boolean;
  /** Writes the RunResult and reports of these exchanges, judged as `run --target vendor` judges recordings. */
  readonly finish?: (exchanges: readonly Exchange[]) => Promise<FinishResult>;
  /** Official OpenAPI documents to judge by instead of the bundled ones (the server's `--spec`). */
  readonly specs?: readonly OfficialSpec[];
  /** The HTML summary Finish writes, served at `/__inspector/report`. */
  readonly reportFile?: string;
}

export interface Inspector {
  /** For `simulator.mount()`: the page and the API on the simulator's port. */
  readonly handler: {
    matches(request: IncomingMessage, pathname: string): boolean;
    handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
  };
  /** Serves the page on a port of its own (`--ui-port`). */
  listen(options: { readonly port: number; readonly host?: string }): Promise<{ url: string }>;
  close(): Promise<void>;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(text);
}

function pathnameOf(request: IncomingMessage): { pathname: string; query: URLSearchParams } {
  const url = new URL(request.url ?? '/', 'http://inspector');
  return { pathname: url.pathname, query: url.searchParams };
}

const isAdminPath = (pathname: string, adminPath: string) =>
  pathname === adminPath || pathname.startsWith(`${adminPath}/`);

/** The live inspector: the page, the read-only API and its event stream, over one traffic source. */
export function createInspector(options: InspectorOptions): Inspector {
  const { source } = options;
  const gate: GateOptions = { allowRemote: options.allowRemote ?? false };
  const view = createTrafficView(source, {
    seed: options.seed ?? 1,
    specs: options.specs ?? [],
    ...(options.innsender === undefined ? {} : { innsender: options.innsender }),
  });
  const events = new EventStream();
  const assets = loadPageAssets();
  const adminPath = source.admin?.path;
  const routes: ApiRoute[] = readApiRoutes({ source, view, capabilities: { finish: options.finish !== undefined } });
  let ownServer: Server | undefined;

  // Live updates: only while someone listens; the work is batched and the client checks throttled.
  let cursor: string | undefined;
  let flushQueued = false;
  let judging: NodeJS.Timeout | undefined;
  let lastJudged = 0;
  let lastCost = 0;
  const flush = () => {
    flushQueued = false;
    if (events.size === 0) return;
    const fresh = cursor === undefined ? source.list() : source.list({ after: cursor });
    const newest = fresh.at(-1);
    if (newest) cursor = newest.id;
    for (const summary of view.summaries(fresh)) events.send('exchange', summary);
    scheduleJudgements();
  };
  const scheduleJudgements = () => {
    if (judging || events.size === 0) return;
    // At most every JUDGEMENT_INTERVAL_MS, and never more than a fifth of the time (INS-5).
    const interval = Math.max(JUDGEMENT_INTERVAL_MS, 4 * lastCost);
    const wait = Math.max(0, lastJudged + interval - Date.now());
    judging = setTimeout(async () => {
      const started = Date.now();
      const exchanges = source.list();
      try {
        events.send('judgements', await view.judgements(exchanges));
        events.send('scenarios', { scenarios: view.scenarios(exchanges) });
      } catch {
        // A judgement that fails is shown on the next request of GET /judgements, which answers the error.
      } finally {
        lastJudged = Date.now();
        lastCost = lastJudged - started;
        judging = undefined;
      }
    }, wait);
    judging.unref();
  };
  const unsubscribe = source.subscribe((event) => {
    if (event.kind === 'cleared') {
      view.forget();
      cursor = undefined;
      events.send('cleared', {});
      scheduleJudgements();
      return;
    }
    if (!flushQueued && events.size > 0) {
      flushQueued = true;
      setImmediate(flush);
    }
  });

  const page = (response: ServerResponse) => {
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    response.end(assets.html);
  };

  async function handle(request: IncomingMessage, response: ServerResponse, separatePort: boolean): Promise<void> {
    const { pathname, query } = pathnameOf(request);
    const method = request.method ?? 'GET';
    try {
      if (adminPath !== undefined && isAdminPath(pathname, adminPath)) {
        // On the simulator's port only refused admin calls get here (see `claims`); the gate answers them.
        if (method !== 'GET' && method !== 'HEAD') assertMayWrite(request, gate);
        else assertMayRead(request, gate);
        if (separatePort) await forwardToAdmin(request, response, source.admin?.url ?? '');
        return;
      }
      assertMayRead(request, gate);
      if (method === 'GET' && (pathname === '/' || pathname === `${INSPECTOR_PREFIX}/`)) return page(response);
      if (method === 'GET' && pathname.startsWith(`${INSPECTOR_PREFIX}/assets/`)) {
        const file = assets.files.get(pathname.slice(`${INSPECTOR_PREFIX}/assets/`.length));
        if (!file) throw new InspectorError('ELAN_INSPECTOR_NOT_FOUND', 404, `No asset at ${pathname}.`);
        response.writeHead(200, { 'content-type': file.type, 'x-content-type-options': 'nosniff' });
        response.end(file.bytes);
        return;
      }
      if (method === 'GET' && pathname === `${INSPECTOR_PREFIX}/report`) {
        if (!options.reportFile || !existsSync(options.reportFile)) {
          throw new InspectorError('ELAN_INSPECTOR_NOT_FOUND', 404, 'No summary yet: press Finish first.');
        }
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'x-content-type-options': 'nosniff' });
        response.end(readFileSync(options.reportFile));
        return;
      }
      if (method === 'GET' && pathname === `${API_PREFIX}/events`) {
        events.open(request, response, () => {
          cursor = source.list({ limit: 1 }).at(-1)?.id;
        });
        return;
      }
      if (method === 'POST' && pathname === `${API_PREFIX}/finish`) {
        assertMayWrite(request, gate);
        request.resume();
        if (!options.finish)
          throw new InspectorError('ELAN_INSPECTOR_UNAVAILABLE', 409, 'Finish is not available here.');
        const result = await options.finish(source.list());
        sendJson(response, 200, { ...result, html: `${INSPECTOR_PREFIX}/report` });
        return;
      }
      const route = routes.find((candidate) => candidate.method === method && candidate.pattern.test(pathname));
      if (!route) throw new InspectorError('ELAN_INSPECTOR_NOT_FOUND', 404, `Nothing at ${method} ${pathname}.`);
      const match = route.pattern.exec(pathname);
      sendJson(response, 200, await route.handle(query, match?.slice(1) ?? []));
    } catch (error) {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      // The inspector's own refusals carry their status; another elan-kit error (Finish's setup) is the user's to fix.
      const status = error instanceof InspectorError ? error.status : error instanceof ElanError ? 400 : 500;
      sendJson(response, status, {
        code: error instanceof ElanError ? error.code : 'ELAN_INSPECTOR_FAILED',
        message: error instanceof Error ? error.message : String(error),
        ...(error instanceof ElanError && error.hint ? { hint: error.hint } : {}),
      });
    }
  }

  const claims = (request: IncomingMessage, pathname: string): boolean => {
    if (pathname === '/' || pathname === INSPECTOR_PREFIX || pathname.startsWith(`${INSPECTOR_PREFIX}/`)) return true;
    if (adminPath === undefined || !isAdminPath(pathname, adminPath)) return false;
    // On the simulator's own port, admin calls the gate lets through go on to the simulator; the others are refused.
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') assertMayWrite(request, gate);
      return false;
    } catch {
      return true;
    }
  };

  return {
    handler: {
      matches: claims,
      handle: (request, response) => handle(request, response, false),
    },
    async listen({ port, host = '127.0.0.1' }) {
      const server = createServer((request, response) => {
        handle(request, response, true).catch(() => response.destroy());
      });
      await new Promise<void>((resolve, reject) => {
        server.once('error', (error: NodeJS.ErrnoException) =>
          reject(
            error.code === 'EADDRINUSE'
              ? new InspectorError('ELAN_INSPECTOR_PORT_IN_USE', 500, `Port ${port} on ${host} is already in use.`, {
                  cause: error,
                })
              : error,
          ),
        );
        server.listen(port, host, () => resolve());
      });
      ownServer = server;
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      return { url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}` };
    },
    async close() {
      unsubscribe();
      if (judging) clearTimeout(judging);
      events.close();
      await view.close();
      const server = ownServer;
      ownServer = undefined;
      if (server) {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      }
    },
  };
}
