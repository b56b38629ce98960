import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { createAdmin, type SimulatorAdmin } from './admin/admin.js';
import { createHttpAdmin } from './admin/http-admin.js';
import { ADMIN_PREFIX, ADMIN_TOKEN_FILE, DEFAULT_CLIENT_SCOPE } from './assumptions.js';
import { describeClient, type RegisteredClient } from './client.js';
import { elanRoutes } from './elan/routes.js';
import { SimulatorError } from './errors.js';
import { Router } from './http/router.js';
import { AccessTokenVerifier } from './maskinporten/access-token.js';
import { maskinportenRoutes } from './maskinporten/routes.js';
import { resolveOptions, type SimulatorOptions } from './options.js';
import { RequestPipeline } from './pipeline/handle-request.js';
import type { Route } from './pipeline/route.js';
import { writeFileInside } from './safe-fs/index.js';
import { SimulatorState } from './state.js';
import { loadOrCreateKeys, writeClientFile } from './state-dir.js';
import { tenorRoutes } from './tenor/search.js';

export interface ListenOptions {
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
}

export interface SimulatorRoute {
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  readonly family: 'elan' | 'maskinporten' | 'tenor';
  /** The bundled contract that judges it (`api`, and the model version where the API has several). */
  readonly contract?: { readonly api: string; readonly version?: string };
}

export interface SimulatorRoute {
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  readonly family: 'elan' | 'maskinporten' | 'tenor';
  /** The bundled contract that judges it (`api`, and the model version where the API has several). */
  readonly contract?: { readonly api: string; readonly version?: string };
}

/** A handler served on the simulator's port ahead of the ELAN routes (a page, say); its requests are not recorded. */
export interface MountedHandler {
  /** True for the requests this handler answers (it may answer some admin requests itself, refusing them). */
  matches(request: IncomingMessage, pathname: string): boolean;
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
}

export interface Simulator {
  /** Starts serving; resolves once requests are accepted (and `client.json` is written when there is a state folder). */
  listen(options?: ListenOptions): Promise<{ url: string }>;
  close(): Promise<void>;
  /** `http://127.0.0.1:PORT` once listening. */
  readonly url: string;
  /** The default test client (the fields of `client.json`). */
  readonly client: RegisteredClient;
  readonly admin: SimulatorAdmin;
  /**
   * The token a state-changing `/__admin/` request without a JSON content type must carry in `X-Elan-Admin-Token`;
   * also written to `<stateDir>/admin-token` (0600).
   */
  readonly adminToken: string;
  /** Every route the simulator serves (method, path template, operation id). */
  readonly routes: readonly SimulatorRoute[];
  /** Serves `handler` on the simulator's port, ahead of the admin API and the ELAN routes; returns the unmount. */
  mount(handler: MountedHandler): () => void;
}

/** Why the server could not listen, said so the user can act; an unknown reason stays the system's error. */
function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  if (error.code === 'EADDRINUSE') {
    return new SimulatorError('ELAN_SIMULATOR_PORT_IN_USE', `Port ${port} on ${host} is already in use.`, {
      hint: 'Stop the other process, or choose another port with --port.',
      cause: error,
    });
  }
  const reason: Record<string, string> = {
    ENOTFOUND: 'is not an address or a host name that resolves',
    EAI_AGAIN: 'could not be resolved (no name server answered)',
    EADDRNOTAVAIL: 'is not an address of this machine',
    EACCES: `may not be bound on port ${port} by this user`,
    EINVAL: 'is not a valid address to listen on',
  };
  const why = error.code ? reason[error.code] : undefined;
  if (!why) return error;
  return new SimulatorError('ELAN_SIMULATOR_OPTIONS_INVALID', `Cannot listen on ${host}: it ${why} (${error.code}).`, {
    hint: 'Use --host 127.0.0.1 (this machine only) or --host 0.0.0.0 (every interface), and --port 0 for any free port.',
    cause: error,
  });
}

function notListening(): SimulatorError {
  return new SimulatorError('ELAN_SIMULATOR_NOT_LISTENING', 'The simulator is not listening yet.', {
    hint: 'Call `await simulator.listen()` first.',
  });
}

function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = JSON.stringify({
    type: 'about:blank',
    title: STATUS_CODES[status],
    status,
    detail: status === 431 ? 'The request headers are too large.' : 'The request could not be parsed as HTTP.',
    korrelasjonsid: randomUUID(),
  });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** A local ELAN test environment with its own Maskinporten stand-in. Instances share nothing. */
export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const resolved = resolveOptions(options);
  const state = new SimulatorState(resolved);
  const admin = createAdmin(state);
  const routes: Route[] = [...maskinportenRoutes(state), ...elanRoutes(state), ...tenorRoutes(state)];
  const pipeline = new RequestPipeline(state, new Router(routes));
  const adminToken = randomBytes(32).toString('base64url');
  const handleAdmin = createHttpAdmin(admin, {
    fromAnyAddress: resolved.adminFromAnyAddress,
    hosts: resolved.adminHosts,
    token: adminToken,
  });
  let server: Server | undefined;
  let defaultClient: RegisteredClient | undefined;
  const mounted = new Set<MountedHandler>();

  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? '/';
    const queryAt = url.indexOf('?');
    const pathname = queryAt < 0 ? url : url.slice(0, queryAt);
    const handler = [...mounted].find((candidate) => candidate.matches(request, pathname));
    const done = handler
      ? handler.handle(request, response)
      : pathname === ADMIN_PREFIX || pathname.startsWith(`${ADMIN_PREFIX}/`)
        ? handleAdmin(request, response, pathname, queryAt < 0 ? '' : url.slice(queryAt + 1))
        : pipeline.handle(request, response);
    done.catch(() => {
      state.internalErrors++;
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    });
  };

  return {
    async listen(listenOptions = {}) {
      if (server) throw new SimulatorError('ELAN_SIMULATOR_ALREADY_LISTENING', 'The simulator is already listening.');
      const host = listenOptions.host ?? '127.0.0.1';
      const port = listenOptions.port ?? 0;
      const keys = await loadOrCreateKeys(resolved.stateDir, resolved.keys);
      // Compile the validators of the hot path now; the rest compile on first use (compiling all of them
      // up front would leave ~25 MiB of resident memory behind for little gain).
      state.validation.warm?.(
        routes.flatMap((route) =>
          route.contract && route.contract.api === 'utleggsbegjaering' && route.modelVersion === resolved.v2ModelVersion
            ? [route.contract]
            : [],
        ),
      );

      const created = createServer(
        {
          maxHeaderSize: resolved.limits.headerBytes,
          requestTimeout: 60_000,
          headersTimeout: 30_000,
          keepAliveTimeout: 5_000,
        },
        onRequest,
      );
      created.maxHeadersCount = resolved.limits.headerCount;
      created.on('clientError', answerClientError);
      await new Promise<void>((resolve, reject) => {
        const onError = (error: NodeJS.ErrnoException) => {
          created.off('listening', onListening);
          reject(listenError(error, host, port));
        };
        const onListening = () => {
          created.off('error', onError);
          resolve();
        };
        created.once('error', onError);
        created.once('listening', onListening);
        created.listen(port, host);
      });
      server = created;

      const address = created.address();
      const boundPort = typeof address === 'object' && address ? address.port : port;
      const urlHost = host.includes(':') ? `[${host}]` : host;
      const baseUrl = `http://${urlHost}:${boundPort}`;
      const issuer = `${baseUrl}/`;
      const defaultClientId = keys.clientId ?? randomUUID();
      state.runtime = {
        baseUrl,
        issuer,
        issuerKey: keys.issuerKey,
        verifier: new AccessTokenVerifier(keys.issuerKey, () => issuer),
        defaultClientId,
      };
      const record =
        state.registry.get(defaultClientId) ??
        state.registry.register({
          clientId: defaultClientId,
          orgnr: state.register.defaultInnsender.identifier,
          scope: DEFAULT_CLIENT_SCOPE,
          key: keys.clientKey,
        });
      defaultClient = describeClient(state, state.runtime, record, keys.clientKey);
      if (resolved.stateDir !== undefined) {
        await writeClientFile(resolved.stateDir, defaultClient);
        await writeFileInside(resolved.stateDir, ADMIN_TOKEN_FILE, `${adminToken}\n`, { mode: 0o600 });
      }
      return { url: baseUrl };
    },

    async close() {
      const closing = server;
      if (!closing) return;
      server = undefined;
      await new Promise<void>((resolve) => {
        closing.close(() => resolve());
        closing.closeAllConnections();
      });
    },

    adminToken,

    get url() {
      if (!state.runtime) throw notListening();
      return state.runtime.baseUrl;
    },

    get client() {
      if (!defaultClient) throw notListening();
      return defaultClient;
    },

    admin,
    mount(handler) {
      mounted.add(handler);
      return () => mounted.delete(handler);
    },
    routes: routes.map((route) => ({
      method: route.method,
      path: route.template,
      operationId: route.operationId,
      family: route.family,
      ...(route.contract
        ? {
            contract: {
              api: route.contract.api,
              ...(route.contract.version ? { version: route.contract.version } : {}),
            },
          }
        : route.family === 'maskinporten'
          ? { contract: { api: 'maskinporten' } }
          : {}),
    })),
  };
}
