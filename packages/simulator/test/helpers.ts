import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { importJWK, SignJWT } from 'jose';
import {
  type ClientRegistration,
  createSimulator,
  type RegisteredClient,
  type RsaJwk,
  type Simulator,
  type SimulatorOptions,
} from '../src/index.js';

export const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

const testKeys = (JSON.parse(readFileSync(new URL('./test-keys.json', import.meta.url), 'utf8')) as { keys: RsaJwk[] })
  .keys;
let nextTestKey = 0;

/** A pre-generated RSA key, so the suite does not spend its time generating keys; never the same twice in a row. */
export function testKey(): RsaJwk {
  const key = testKeys[nextTestKey++ % testKeys.length];
  if (!key) throw new Error('test-keys.json has no keys');
  return key;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const simulator = createSimulator({
    attachmentProcessingMs: 0,
    keys: { issuer: testKey(), client: testKey() },
    ...options,
  });
  await simulator.listen();
  return simulator;
}

/** `admin.registerClient` with a pre-generated key. */
export function registerClient(simulator: Simulator, registration: ClientRegistration = {}): Promise<RegisteredClient> {
  return simulator.admin.registerClient({ privateJwk: testKey(), ...registration });
}

export interface GrantOptions {
  readonly claims?: Record<string, unknown>;
  readonly header?: Record<string, unknown>;
  readonly omit?: readonly string[];
  readonly iat?: number;
  readonly lifetime?: number;
  readonly aud?: unknown;
  readonly scope?: string;
}

/** A JWT grant signed with the client's key, as a vendor's jose client would make it. */
export async function signGrant(client: RegisteredClient, options: GrantOptions = {}): Promise<string> {
  const iat = options.iat ?? Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = {
    aud: options.aud ?? client.audience,
    iss: client.clientId,
    scope: options.scope ?? 'skatteetaten:utleggsbegjaering',
    iat,
    exp: iat + (options.lifetime ?? 60),
    jti: randomUUID(),
    ...options.claims,
  };
  for (const name of options.omit ?? []) delete claims[name];
  const key = await importJWK(client.privateJwk, 'RS256');
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: client.kid, ...options.header }).sign(key);
}

export async function postToken(tokenEndpoint: string, assertion: string, grantType = JWT_BEARER): Promise<Response> {
  return fetch(tokenEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: grantType, assertion }),
  });
}

export async function fetchToken(client: RegisteredClient, options: GrantOptions = {}): Promise<string> {
  const response = await postToken(client.tokenEndpoint, await signGrant(client, options));
  const body = (await response.json()) as { access_token?: string };
  if (response.status !== 200 || !body.access_token) throw new Error(`token request failed: ${JSON.stringify(body)}`);
  return body.access_token;
}

export function elanHeaders(token: string | undefined, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    klientid: 'elan-kit-test',
    korrelasjonsid: randomUUID(),
    meldingsid: randomUUID(),
    ...extra,
  };
}

/** A parsed JSON answer; the tests assert on it field by field. */
// biome-ignore lint/suspicious/noExplicitAny: JSON answers are asserted field by field in the tests.
export type Json = any;

export interface CallResult {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Json;
}

/** One ELAN call with the three headers, a token and a JSON body. */
export async function call(
  url: string,
  init: {
    method?: string;
    token?: string;
    body?: unknown;
    headers?: Record<string, string>;
    rawBody?: NonNullable<RequestInit['body']>;
  } = {},
): Promise<CallResult> {
  const headers = elanHeaders(init.token, {
    ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
    ...init.headers,
  });
  const response = await fetch(url, {
    method: init.method ?? (init.body !== undefined || init.rawBody !== undefined ? 'POST' : 'GET'),
    headers,
    ...(init.rawBody !== undefined
      ? { body: init.rawBody }
      : init.body !== undefined
        ? { body: JSON.stringify(init.body) }
        : {}),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    // keep the text
  }
  return { status: response.status, headers: response.headers, body };
}

export function decodeClaims(token: string): Record<string, Json> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
}

/** Every attachment reference (`{uuid, filnavn, …}`) in a begjæring. */
export function attachmentRefs(document: unknown): Array<{ uuid: string; filnavn: string; type?: string }> {
  const refs: Array<{ uuid: string; filnavn: string; type?: string }> = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (typeof record.uuid === 'string' && typeof record.filnavn === 'string') {
        refs.push({
          uuid: record.uuid,
          filnavn: record.filnavn,
          ...(typeof record.type === 'string' ? { type: record.type } : {}),
        });
      }
      Object.values(record).forEach(walk);
    }
  };
  walk(document);
  return refs;
}

/**
 * A copy of the begjæring whose attachment references resolve for `orgnr`, as if the files had just been
 * uploaded for it: every referenced uuid is replaced by a fresh one and seeded in the simulator.
 */
export function seedAttachmentsFor<T extends Record<string, unknown>>(
  simulator: Simulator,
  document: T,
  orgnr: string,
): T {
  const copy = structuredClone(document);
  const fresh = new Map<string, string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (typeof record.uuid === 'string' && typeof record.filnavn === 'string') {
        let uuid = fresh.get(record.uuid);
        if (uuid === undefined) {
          uuid = randomUUID();
          fresh.set(record.uuid, uuid);
          simulator.admin.seedAttachment({
            uuid,
            orgnr,
            innsenderReferanse: String(copy.innsenderReferanse),
            filnavn: record.filnavn,
            ...(typeof record.type === 'string' ? { type: record.type } : {}),
          });
        }
        record.uuid = uuid;
      }
      Object.values(record).forEach(walk);
    }
  };
  walk(copy);
  return copy;
}

export function loadExample(model: string, name: 'minimal' | 'complex'): Record<string, unknown> {
  const schemasRoot = dirname(createRequire(import.meta.url).resolve('@elan-kit/schemas/package.json'));
  const file = join(schemasRoot, 'contracts', 'examples', 'utleggsbegjaering', model, `${name}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** The orgnr the example begjæring names as innsender (the client must authenticate as it). */
export function exampleInnsender(document: Record<string, unknown>): string {
  const innsender = document.innsender as { innsender?: { virksomhet?: { identifikator?: { verdi?: string } } } };
  const orgnr = innsender?.innsender?.virksomhet?.identifikator?.verdi;
  if (!orgnr) throw new Error('the example has no innsender orgnr');
  return orgnr;
}
