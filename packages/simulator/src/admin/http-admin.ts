import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { locateJsonSyntaxError } from '@elan-kit/schemas';
import { ADMIN_PREFIX, ADMIN_TOKEN_HEADER, LOOPBACK_ADDRESSES, LOOPBACK_HOST_NAMES } from '../assumptions.js';
import { SimulatorError } from '../errors.js';
import type { FaultSpec } from '../faults.js';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from '../http/json-depth.js';
import { HttpProblem } from '../http/problem.js';
import { isJsonMediaType, readBody } from '../http/read-body.js';
import { type RoutePattern, Router } from '../http/router.js';
import { sendJson } from '../pipeline/send.js';
import type { SimulatorAdmin } from './admin.js';

const ADMIN_BODY_BYTES = 2 * 1024 * 1024;

type Json = Record<string, unknown>;

interface AdminRoute extends RoutePattern {
  handle(input: {
    params: Readonly<Record<string, string>>;
    query: URLSearchParams;
    body: Json;
  }): unknown | Promise<unknown>;
  readonly status?: number;
}

function isJsonObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function claimsOf(body: Json): Json {
  if (body.claims === undefined) return {};
  if (!isJsonObject(body.claims)) throw new HttpProblem(400, '"claims" must be a JSON object.');
  return body.claims;
}

function adminRoutes(admin: SimulatorAdmin): AdminRoute[] {
  const p = ADMIN_PREFIX;
  return [
    { method: 'GET', template: `${p}/state`, handle: () => admin.state() },
    {
      method: 'POST',
      template: `${p}/reset`,
      handle: () => {
        admin.reset();
        return { reset: true };
      },
    },
    { method: 'GET', template: `${p}/clock`, handle: () => ({ now: admin.clock.now() }) },
    {
      method: 'POST',
      template: `${p}/clock/advance`,
      handle: ({ body }) => ({ now: admin.clock.advance((body.by ?? body.ms) as number | string) }),
    },
    { method: 'PUT', template: `${p}/clock`, handle: ({ body }) => ({ now: admin.clock.set(String(body.now)) }) },
    { method: 'GET', template: `${p}/clients`, handle: () => admin.state().clients },
    {
      method: 'POST',
      template: `${p}/clients`,
      status: 201,
      handle: ({ body }) =>
        typeof body.publicJwk === 'object' && body.publicJwk !== null
          ? admin.registerPublicKeyClient(body as never)
          : admin.registerClient(body as never),
    },
    {
      method: 'POST',
      template: `${p}/delegations`,
      status: 201,
      handle: ({ body }) => admin.registerDelegation(body as never),
    },
    {
      method: 'POST',
      template: `${p}/system-users`,
      status: 201,
      handle: ({ body }) => admin.registerSystemUser(body as never),
    },
    {
      method: 'POST',
      template: `${p}/certificate-authorities`,
      status: 201,
      handle: ({ body }) => {
        admin.trustCertificateAuthority(String(body.pem));
        return { trusted: true };
      },
    },
    {
      method: 'POST',
      template: `${p}/tokens`,
      status: 201,
      handle: async ({ body }) => ({ access_token: await admin.mintAccessToken(claimsOf(body)) }),
    },
    { method: 'GET', template: `${p}/faults`, handle: () => admin.faults.list() },
    {
      method: 'POST',
      template: `${p}/faults`,
      status: 201,
      handle: ({ body }) => admin.faults.add(body as unknown as FaultSpec),
    },
    {
      method: 'DELETE',
      template: `${p}/faults`,
      handle: () => {
        admin.faults.clear();
        return { cleared: true };
      },
    },
    {
      method: 'DELETE',
      template: `${p}/faults/{id}`,
      handle: ({ params }) => {
        if (!admin.faults.remove(params.id ?? '')) {
          throw new SimulatorError('ELAN_SIMULATOR_UNKNOWN_FAULT', `No fault "${params.id}".`);
        }
        return { removed: params.id };
      },
    },
    {
      method: 'GET',
      template: `${p}/recordings`,
      handle: ({ query }) => {
        const limit = query.get('limit');
        return admin.recordings.list({
          ...(query.get('korrelasjonsid') ? { korrelasjonsid: query.get('korrelasjonsid')! } : {}),
          ...(query.get('after') ? { after: query.get('after')! } : {}),
          ...(limit && /^\d+$/.test(limit) ? { limit: Number(limit) } : {}),
        });
      },
    },
    {
      method: 'DELETE',
      template: `${p}/recordings`,
      handle: () => {
        admin.recordings.clear();
        return { cleared: true };
      },
    },
    {
      method: 'POST',
      template: `${p}/attachments`,
      status: 201,
      handle: ({ body }) => admin.seedAttachment(body as never),
    },
    { method: 'POST', template: `${p}/cases`, status: 201, handle: ({ body }) => admin.seedCase(body as never) },
    { method: 'GET', template: `${p}/cases/{ref}`, handle: ({ params }) => admin.readCase(params.ref ?? '') },
    {
      method: 'PUT',
      template: `${p}/cases/{ref}/status`,
      handle: ({ params, body }) => admin.setCaseStatus(params.ref ?? '', body.saksstatus as never),
    },
    {
      method: 'POST',
      template: `${p}/parties`,
      status: 201,
      handle: ({ body }) => {
        admin.registerParty(body as never);
        return body;
      },
    },
    {
      method: 'PUT',
      template: `${p}/proving-options`,
      handle: ({ body }) => admin.setProvingOptions(body as never),
    },
    {
      method: 'PUT',
      template: `${p}/samordnet-trekk/{identifier}`,
      handle: ({ params, body }) => {
        admin.setCoordinatedWithholding(params.identifier ?? '', body.value !== false);
        return { identifier: params.identifier, value: body.value !== false };
      },
    },
  ];
}

export interface HttpAdminOptions {
  readonly fromAnyAddress: boolean;
  /** Host names accepted besides the loopback names. */
  readonly hosts: readonly string[];
  /** A state-changing request without a JSON content type must carry this in `X-Elan-Admin-Token`. */
  readonly token: string;
}

function hostName(host: string | undefined): string | undefined {
  if (!host) return undefined;
  const match = /^(\[[^\]]*\]|[^:]+)(?::\d+)?$/.exec(host.trim().toLowerCase());
  return match?.[1];
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Why a request may not reach the admin API from a browser: a foreign Host (DNS rebinding), a foreign Origin, or a
 * state change a cross-site page can send without a preflight (no JSON content type and no admin token).
 */
function refusal(request: IncomingMessage, options: HttpAdminOptions): string | undefined {
  const host = hostName(request.headers.host);
  if (!host || !(LOOPBACK_HOST_NAMES.includes(host) || options.hosts.includes(host))) {
    return `The admin API answers to ${[...LOOPBACK_HOST_NAMES, ...options.hosts].join(', ')} only (Host: ${request.headers.host ?? 'none'}).`;
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${request.headers.host}`) {
    return `The admin API refuses requests from another origin (${origin}).`;
  }
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return 'The admin API refuses requests from another site.';
  const method = request.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD' && !isJsonMediaType(request.headers['content-type'])) {
    if (!sameToken(request.headers[ADMIN_TOKEN_HEADER], options.token)) {
      return `A state-changing admin request needs Content-Type: application/json, or the ${ADMIN_TOKEN_HEADER} header with the token from the state folder.`;
    }
  }
  return undefined;
}

/** `/__admin/*` over HTTP: the in-process admin operations, loopback only unless configured otherwise. */
export function createHttpAdmin(admin: SimulatorAdmin, options: HttpAdminOptions) {
  const router = new Router(adminRoutes(admin));
  return async (
    request: IncomingMessage,
    response: ServerResponse,
    pathname: string,
    search: string,
  ): Promise<void> => {
    const reply = (status: number, body: unknown) => sendJson(response, status, body, {});
    try {
      if (!options.fromAnyAddress && !LOOPBACK_ADDRESSES.includes(request.socket.remoteAddress ?? '')) {
        reply(403, { code: 'ELAN_SIMULATOR_ADMIN_FORBIDDEN', message: 'The admin API answers loopback clients only.' });
        return;
      }
      const refused = refusal(request, options);
      if (refused !== undefined) {
        reply(403, { code: 'ELAN_SIMULATOR_ADMIN_FORBIDDEN', message: refused });
        return;
      }
      const match = router.match(request.method ?? 'GET', pathname);
      if (match.kind === 'not-found') {
        reply(404, { code: 'ELAN_SIMULATOR_ADMIN_UNKNOWN', message: `No admin operation at ${pathname}.` });
        return;
      }
      if (match.kind === 'method-not-allowed') {
        sendJson(
          response,
          405,
          { code: 'ELAN_SIMULATOR_ADMIN_METHOD', message: `Allowed: ${match.allow.join(', ')}.` },
          {
            headers: { allow: match.allow.join(', ') },
          },
        );
        return;
      }
      let body: Json = {};
      if (request.method === 'POST' || request.method === 'PUT') {
        const raw = await readBody(request, ADMIN_BODY_BYTES);
        if (raw.length > 0) {
          if (!isJsonMediaType(request.headers['content-type'])) {
            reply(415, { code: 'ELAN_SIMULATOR_ADMIN_INPUT', message: 'Admin requests take application/json.' });
            return;
          }
          const text = raw.toString('utf8');
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            const at = locateJsonSyntaxError(text);
            const where = at === undefined ? '' : ` at line ${at.line}, column ${at.column}: ${at.message}`;
            reply(400, { code: 'ELAN_SIMULATOR_ADMIN_INPUT', message: `The body is not valid JSON${where}.` });
            return;
          }
          if (exceedsJsonDepth(parsed)) {
            reply(400, {
              code: 'ELAN_SIMULATOR_ADMIN_INPUT',
              message: `The body is nested deeper than ${MAX_JSON_DEPTH} levels.`,
            });
            return;
          }
          if (!isJsonObject(parsed)) {
            reply(400, { code: 'ELAN_SIMULATOR_ADMIN_INPUT', message: 'The body must be a JSON object.' });
            return;
          }
          body = parsed;
        }
      }
      const result = await match.route.handle({ params: match.params, query: new URLSearchParams(search), body });
      reply(match.route.status ?? 200, result);
    } catch (error) {
      if (error instanceof SimulatorError) {
        const status =
          error.code === 'ELAN_SIMULATOR_UNKNOWN_CASE' ||
          error.code === 'ELAN_SIMULATOR_UNKNOWN_FAULT' ||
          error.code === 'ELAN_SIMULATOR_UNKNOWN_CLIENT'
            ? 404
            : error.code === 'ELAN_SIMULATOR_NOT_LISTENING'
              ? 409
              : 400;
        reply(status, { code: error.code, message: error.message });
      } else if (error instanceof HttpProblem) {
        reply(error.status, { code: 'ELAN_SIMULATOR_ADMIN_INPUT', message: error.message });
      } else {
        reply(500, {
          code: 'ELAN_SIMULATOR_ADMIN_FAILED',
          message: error instanceof Error ? error.message : String(error),
        });
      }
    }
  };
}
