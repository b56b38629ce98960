import { isUtf8 } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { locateInvalidUtf8, locateJsonSyntaxError, type SchemaError, schemaErrorPointer } from '@elan-kit/schemas';
import { SKIPS_BYTE_ORDER_MARK } from '../assumptions.js';
import { checkElanHeaders, headerValue } from '../http/elan-headers.js';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from '../http/json-depth.js';
import { type MultipartPart, multipartBoundary, parseMultipart } from '../http/multipart.js';
import { buildProblemBody, HttpProblem } from '../http/problem.js';
import { acceptsJson, isJsonMediaType, RequestAborted, readBody } from '../http/read-body.js';
import type { Router } from '../http/router.js';
import type { Caller, TokenVerification } from '../maskinporten/access-token.js';
import { NO_RECORDED_BODY, type RecordedBody } from '../recording/recorder.js';
import type { SimulatorState } from '../state.js';
import type { Reply, Route, RouteRequest } from './route.js';
import { type SentResponse, sendJson } from './send.js';

const NO_BODY = NO_RECORDED_BODY;
const NO_NOTES: readonly string[] = Object.freeze([]);
const BYTE_ORDER_MARK_NOTE =
  'the JSON body starts with a byte order mark, which RFC 8259 §8.1 forbids on the wire; it was skipped';
const NO_FILES: Readonly<Record<string, MultipartPart>> = Object.freeze({});
/** Shared by requests without a query string; nothing writes to it. */
const NO_QUERY = new URLSearchParams();
/** Multipart framing on top of the file itself. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
const MAX_REPORTED_SCHEMA_ERRORS = 100;

class ConnectionReset extends Error {}

/** What the pipeline learns about an exchange on the way, for the answer, the recorder and the log. */
interface Exchange {
  requestBody: RecordedBody;
  route: Route | undefined;
  secrets: 'token-endpoint' | 'none';
  notes: readonly string[];
}

function quote(text: string): string {
  return text.replace(/["\\]/g, '');
}

/** The 400 for a body that is not UTF-8, naming the first byte that is not. */
function notUtf8(raw: Buffer): HttpProblem {
  const at = locateInvalidUtf8(raw);
  const where =
    at === undefined
      ? ''
      : ` (byte 0x${at.byte.toString(16).toUpperCase().padStart(2, '0')} at line ${at.line}, column ${at.column})`;
  return new HttpProblem(
    400,
    `The request body is not valid UTF-8${where}; JSON between systems is UTF-8 (RFC 8259 §8.1).`,
  );
}

/** The 400 for a body that is not JSON, saying where it stops being JSON when that can be found. */
function invalidJson(text: string): HttpProblem {
  if (text.trim() === '') return new HttpProblem(400, 'The request body is empty; a JSON document is expected.');
  const at = locateJsonSyntaxError(text);
  return new HttpProblem(
    400,
    at === undefined
      ? 'The request body is not valid JSON.'
      : `The request body is not valid JSON at line ${at.line}, column ${at.column}: ${at.message}.`,
  );
}

/** Schema errors as the 400 body's `errors: [{pointer, message}]`. */
export function schemaErrorsToPointers(errors: readonly SchemaError[]): Array<{ pointer: string; message: string }> {
  return errors
    .slice(0, MAX_REPORTED_SCHEMA_ERRORS)
    .map((error) => ({ pointer: schemaErrorPointer(error), message: error.message }));
}

/**
 * One request through the pipeline: route → faults/defects → Accept → token → rate limit → headers →
 * content type, size and parsing → schema → handler (prøving). Every outcome is answered and recorded;
 * nothing a client sends escapes as an exception.
 */
export class RequestPipeline {
  readonly #state: SimulatorState;
  readonly #router: Router<Route>;

  constructor(state: SimulatorState, router: Router<Route>) {
    this.#state = state;
    this.#router = router;
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const state = this.#state;
    const started = performance.now();
    const timeMs = state.clock.nowMs();
    const method = request.method ?? 'GET';
    const rawUrl = request.url ?? '/';
    const queryAt = rawUrl.indexOf('?');
    const pathname = queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt);
    const sentKorrelasjonsid = headerValue(request.headers, 'korrelasjonsid');
    const korrelasjonsid = sentKorrelasjonsid ?? randomUUID();
    const exchange: Exchange = { requestBody: NO_BODY, route: undefined, secrets: 'none', notes: NO_NOTES };

    let sent: SentResponse | undefined;
    let error: string | undefined;
    try {
      const reply = await this.#run(
        request,
        method,
        pathname,
        queryAt < 0 ? '' : rawUrl.slice(queryAt + 1),
        korrelasjonsid,
        exchange,
      );
      const headers: Record<string, string> = { ...reply.headers };
      if (exchange.route?.family !== 'maskinporten') headers.korrelasjonsid = korrelasjonsid;
      if (reply.secrets === 'token-endpoint') exchange.secrets = 'token-endpoint';
      this.#judgeResponse(exchange, reply.status, reply.body, reply.contentType);
      sent = sendJson(response, reply.status, reply.body, {
        headers,
        ...(reply.contentType === undefined ? {} : { contentType: reply.contentType }),
      });
    } catch (caught) {
      if (caught instanceof ConnectionReset) {
        error = 'connection reset (injected fault)';
      } else if (caught instanceof RequestAborted) {
        error = caught.message;
      } else {
        let problem: HttpProblem;
        if (caught instanceof HttpProblem) {
          problem = caught;
        } else {
          state.internalErrors++;
          problem = new HttpProblem(500, 'Unexpected error in the simulator.');
        }
        sent = this.#sendProblem(response, problem, pathname, korrelasjonsid, exchange);
      }
    }

    const durationMs = performance.now() - started;
    const runtime = state.runtime;
    state.recorder.add(
      {
        timeMs,
        method,
        origin: runtime?.baseUrl ?? '',
        target: rawUrl,
        korrelasjonsid: sentKorrelasjonsid,
        meldingsid: headerValue(request.headers, 'meldingsid'),
        requestHeaders: request.rawHeaders,

        status: sent?.status,
        durationMs,
        responseHeaders: sent?.headers ?? {},

        secrets: exchange.secrets,
        ...(error === undefined ? {} : { error }),
      },
      exchange.requestBody,
      sent?.body === undefined ? NO_BODY : state.recorder.captureText(sent.contentType, sent.body),
    );
    state.options.onExchange?.({
      method,
      path: pathname,
      status: sent?.status,
      durationMs,
      korrelasjonsid: sentKorrelasjonsid,
      notes: exchange.notes,
    });
  }

  #sendProblem(
    response: ServerResponse,
    problem: HttpProblem,
    pathname: string,
    korrelasjonsid: string,
    exchange: Exchange,
  ): SentResponse {
    const route = exchange.route;
    const omitKorrelasjonsid = this.#state.options.defects.has('no-korrelasjonsid-in-errors');
    const body = buildProblemBody({
      status: problem.status,
      instance: pathname,
      korrelasjonsid: omitKorrelasjonsid ? undefined : korrelasjonsid,
      feilid: randomUUID(),
      options: problem.options,
    });
    this.#judgeResponse(exchange, problem.status, body, 'application/problem+json');
    const headers: Record<string, string> = { ...problem.options.headers };
    if (route?.family !== 'maskinporten') headers.korrelasjonsid = korrelasjonsid;
    if (problem.options.closeConnection) headers.connection = 'close';
    return sendJson(response, problem.status, body, { contentType: 'application/problem+json', headers });
  }

  /** With an official document in use, an answer that breaks it is noted on the exchange (the serve log shows it). */
  #judgeResponse(exchange: Exchange, status: number, body: unknown, contentType: string | undefined): void {
    const ref = exchange.route?.family === 'elan' ? exchange.route.contract : undefined;
    const errors = ref ? (this.#state.validation.validateResponse?.(ref, status, body, contentType) ?? []) : [];
    if (errors.length === 0) return;
    const [first] = errors;
    exchange.notes = [
      ...exchange.notes,
      `the answer ${status} breaks the official document: ${first?.instancePath || '/'} ${first?.message ?? ''}` +
        (errors.length > 1 ? ` (+${errors.length - 1} more)` : ''),
    ];
  }

  async #run(
    request: IncomingMessage,
    method: string,
    pathname: string,
    search: string,
    korrelasjonsid: string,
    exchange: Exchange,
  ): Promise<Reply> {
    const state = this.#state;
    const match = this.#router.match(method, pathname);
    if (match.kind === 'not-found') throw new HttpProblem(404, `Unknown URL: ${method} ${pathname}.`);
    if (match.kind === 'method-not-allowed') {
      throw new HttpProblem(405, `${method} is not allowed on ${pathname}.`, {
        headers: { allow: match.allow.join(', ') },
      });
    }
    const route = match.route;
    exchange.route = route;

    if (!state.faults.isEmpty) await this.#applyFaults(request, route);
    const elan = route.family === 'elan';
    // The Tenor stand-in sits behind the same Maskinporten check, without ELAN's headers and contract.
    const guarded = route.family !== 'maskinporten';
    const defects = state.options.defects;
    if (elan && defects.has('always-500')) throw new HttpProblem(500, 'Unexpected error on the service.');

    if (guarded && !acceptsJson(headerValue(request.headers, 'accept'))) {
      throw new HttpProblem(406, 'Only application/json answers are available.');
    }
    const pending = guarded ? this.#authenticate(request, route) : undefined;
    const caller = pending instanceof Promise ? await pending : pending;
    if (guarded) {
      const wait = state.rateLimiter.take(caller?.clientId ?? request.socket.remoteAddress ?? 'unknown');
      if (wait !== undefined) {
        throw new HttpProblem(429, 'Too many requests; slow down.', { headers: { 'retry-after': String(wait) } });
      }
    }
    const acceptEverything = defects.has('accept-everything');
    if (elan && !acceptEverything) {
      const headerErrors = checkElanHeaders(request.headers);
      if (headerErrors.length > 0) {
        throw new HttpProblem(400, 'Missing or invalid request headers.', { extensions: { errors: headerErrors } });
      }
    }

    const query = search === '' ? NO_QUERY : new URLSearchParams(search);
    const contentType = headerValue(request.headers, 'content-type');
    const { body, files } = await this.#readBody(request, route, contentType, exchange, acceptEverything);

    if (elan && route.contract && !acceptEverything) {
      let errors: SchemaError[];
      try {
        errors = state.validation.validateRequest(route.contract, {
          body: route.body === 'none' ? undefined : body,
          ...(contentType === undefined ? {} : { contentType }),
          query,
          params: match.params,
        });
      } catch (caught) {
        if (caught instanceof RangeError) throw new HttpProblem(400, 'The request body is nested too deeply.');
        throw caught;
      }
      if (errors.length > 0) {
        throw new HttpProblem(400, 'The request does not match the schema.', {
          extensions: { errors: schemaErrorsToPointers(errors) },
        });
      }
    }

    const routeRequest: RouteRequest = {
      params: match.params,
      query,
      headers: request.headers,
      body,
      files,
      caller,
      korrelasjonsid,
      nowMs: state.clock.nowMs(),
    };
    try {
      return await route.handle(routeRequest);
    } catch (caught) {
      if (caught instanceof RangeError) throw new HttpProblem(400, 'The request body is nested too deeply.');
      throw caught;
    }
  }

  async #applyFaults(request: IncomingMessage, route: Route): Promise<void> {
    const state = this.#state;
    const nowMs = state.clock.nowMs();
    const faults = state.faults.take(route.operationId, route.family, nowMs);
    if (faults.length === 0) return;
    const latency = faults.reduce((sum, fault) => sum + (fault.kind === 'latency' ? (fault.latencyMs ?? 0) : 0), 0);
    if (latency > 0) await sleep(latency);
    const terminal = faults.find((fault) => fault.kind !== 'latency');
    if (!terminal) return;
    switch (terminal.kind) {
      case 'reset': {
        const socket = request.socket as typeof request.socket & { resetAndDestroy?: () => void };
        if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
        else socket.destroy();
        throw new ConnectionReset();
      }
      case 'error':
        throw new HttpProblem(terminal.status ?? 500, 'Unexpected error in a system behind the service (injected).', {
          ...(terminal.feilkode === undefined ? {} : { feilkode: terminal.feilkode }),
          ...(terminal.status === 503 ? { headers: { 'retry-after': String(terminal.retryAfterSeconds ?? 30) } } : {}),
        });
      case 'rate-limit':
        throw new HttpProblem(429, 'Too many requests (injected).', {
          headers: { 'retry-after': String(terminal.retryAfterSeconds ?? 1) },
        });
      case 'maintenance': {
        const untilSeconds = terminal.untilMs === undefined ? undefined : Math.ceil((terminal.untilMs - nowMs) / 1000);
        throw new HttpProblem(503, 'Tjenesten er midlertidig utilgjengelig på grunn av vedlikehold.', {
          headers: { 'retry-after': String(terminal.retryAfterSeconds ?? Math.max(1, untilSeconds ?? 60)) },
          ...(terminal.feilkode === undefined ? {} : { feilkode: terminal.feilkode }),
        });
      }
      default:
        return;
    }
  }

  /** The verified caller; synchronous when the token's signature is already known to be good. */
  #authenticate(request: IncomingMessage, route: Route): Caller | undefined | Promise<Caller | undefined> {
    const state = this.#state;
    const runtime = state.runtime;
    const authorization = headerValue(request.headers, 'authorization');
    const bearer = authorization === undefined ? undefined : /^Bearer +([^ ]+)$/i.exec(authorization.trim())?.[1];
    const pending =
      bearer && runtime ? runtime.verifier.verify(bearer, Math.floor(state.clock.nowMs() / 1000)) : undefined;
    return pending instanceof Promise
      ? pending.then((verification) => this.#admit(route, authorization, bearer, verification))
      : this.#admit(route, authorization, bearer, pending);
  }

  #admit(
    route: Route,
    authorization: string | undefined,
    bearer: string | undefined,
    verification: TokenVerification | undefined,
  ): Caller | undefined {
    const state = this.#state;
    const runtime = state.runtime;
    if (state.options.defects.has('ignore-token')) {
      if (verification?.ok) return verification.caller;
      const client = runtime ? state.registry.get(runtime.defaultClientId) : undefined;
      return { clientId: client?.clientId, orgnr: client?.orgnr, scopes: new Set(route.scopes ?? []), claims: {} };
    }
    if (authorization === undefined) {
      throw new HttpProblem(401, 'A Maskinporten access token is required (Authorization: Bearer <token>).', {
        headers: { 'www-authenticate': 'Bearer realm="elan"' },
      });
    }
    if (!bearer || !verification) {
      throw new HttpProblem(401, 'The Authorization header must be "Bearer <token>".', {
        headers: { 'www-authenticate': 'Bearer error="invalid_request"' },
      });
    }
    if (!verification.ok) {
      throw new HttpProblem(401, verification.reason, {
        headers: {
          'www-authenticate': `Bearer error="invalid_token", error_description="${quote(verification.reason)}"`,
        },
      });
    }
    const required = route.scopes ?? [];
    if (required.length > 0 && !required.some((scope) => verification.caller.scopes.has(scope))) {
      throw new HttpProblem(403, `The token lacks the scope ${required.join(' or ')}.`, {
        headers: { 'www-authenticate': `Bearer error="insufficient_scope", scope="${required.join(' ')}"` },
      });
    }
    if (verification.caller.orgnr === undefined) {
      throw new HttpProblem(403, 'The token names no consumer organisation.');
    }
    return verification.caller;
  }

  async #readBody(
    request: IncomingMessage,
    route: Route,
    contentType: string | undefined,
    exchange: Exchange,
    acceptEverything: boolean,
  ): Promise<{ body: unknown; files: Readonly<Record<string, MultipartPart>> }> {
    const limits = this.#state.options.limits;
    const recorder = this.#state.recorder;
    switch (route.body) {
      case 'none':
        return { body: undefined, files: NO_FILES };
      case 'form': {
        const raw = await readBody(request, limits.tokenRequestBytes);
        exchange.requestBody = recorder.captureBytes(contentType, raw);
        return { body: raw, files: NO_FILES };
      }
      case 'json': {
        if (!isJsonMediaType(contentType) && !acceptEverything) {
          throw new HttpProblem(415, 'The request body must be application/json.', {
            closeConnection: Number(request.headers['content-length'] ?? 0) > limits.bodyBytes,
          });
        }
        const raw = await readBody(request, limits.bodyBytes);
        let text = raw.toString('utf8');
        exchange.requestBody = recorder.captureBytes(contentType, raw);
        // JSON between systems must be UTF-8 (RFC 8259 §8.1); decoding Latin-1 as U+FFFD would hide a vendor's bug.
        if (!acceptEverything && !isUtf8(raw)) throw notUtf8(raw);
        if (SKIPS_BYTE_ORDER_MARK && text.charCodeAt(0) === 0xfeff) {
          text = text.slice(1);
          exchange.notes = [BYTE_ORDER_MARK_NOTE];
        }
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          if (acceptEverything) return { body: undefined, files: NO_FILES };
          throw invalidJson(text);
        }
        if (exceedsJsonDepth(body)) {
          if (acceptEverything) return { body: undefined, files: NO_FILES };
          throw new HttpProblem(400, `The request body is nested deeper than ${MAX_JSON_DEPTH} levels.`);
        }
        return { body, files: NO_FILES };
      }
      case 'multipart': {
        const boundary = multipartBoundary(contentType);
        if (boundary === undefined) {
          throw new HttpProblem(415, 'The request body must be multipart/form-data with a boundary.', {
            closeConnection: Number(request.headers['content-length'] ?? 0) > limits.attachmentBytes,
          });
        }
        const raw = await readBody(request, limits.attachmentBytes + MULTIPART_OVERHEAD_BYTES);
        const parts = parseMultipart(raw, boundary);
        const fields: Record<string, string | Buffer> = {};
        const files: Record<string, MultipartPart> = {};
        const summary: Record<string, unknown> = {};
        for (const part of parts) {
          if (part.filename !== undefined || part.name === 'fil') {
            if (part.data.length > limits.attachmentBytes) {
              throw new HttpProblem(413, `The attachment is larger than the limit of ${limits.attachmentBytes} bytes.`);
            }
            fields[part.name] = part.data;
            files[part.name] = part;
            summary[part.name] = { filename: part.filename, contentType: part.contentType, bytes: part.data.length };
          } else {
            const value = part.data.toString('utf8');
            fields[part.name] = value;
            summary[part.name] = value.length > 1000 ? `${value.slice(0, 1000)}…` : value;
          }
        }
        exchange.requestBody = recorder.captureValue(summary);
        return { body: fields, files };
      }
    }
  }
}
