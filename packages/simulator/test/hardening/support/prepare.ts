/**
 * Turns a fuzz case into the exact bytes of an HTTP request and the answers the contract allows for it,
 * following the simulator's pipeline order: route (404/405) → token (401) → headers (400) → content type
 * (415) → size (413) → UTF-8 and JSON (400) → schema (400) → handler (2xx, 403, 404, 422).
 */
import { randomUUID } from 'node:crypto';
import { MAX_JSON_DEPTH } from '../../../src/http/json-depth.js';
import type { SeedRequest } from './corpus.js';
import { applyEdit, type FuzzCase, INVALID_UTF8, type PathFill } from './mutations.js';

export interface FuzzContext {
  /** A valid access token of the fuzzing client. */
  readonly token: string;
  /** The same token with its last characters cut off. */
  readonly truncatedToken: string;
  /** The token re-encoded with `alg: none` and no signature. */
  readonly algNoneToken: string;
  readonly ownRef: string;
  readonly ownUuid: string;
  readonly victimRef: string;
  readonly victimUuid: string;
  readonly limits: { readonly bodyBytes: number; readonly attachmentBytes: number; readonly tokenRequestBytes: number };
}

export type AnswerShape = 'elan-problem' | 'maskinporten' | 'parse-error';

export interface PreparedRequest {
  readonly label: string;
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
  /** Send the body in this many chunks with Transfer-Encoding: chunked (0 = Content-Length). */
  readonly chunks: number;
  /** Statuses a correct simulator may answer. */
  readonly allowed: ReadonlySet<number>;
  readonly shape: AnswerShape;
  /** The Korrelasjonsid sent, which error bodies must echo. */
  readonly korrelasjonsid: string | undefined;
}

/** Statuses a handler may answer for a well-formed request (it cannot know whether the data is acceptable). */
const HANDLER_OUTCOMES = [200, 201, 204, 400, 403, 404, 422] as const;

function fillPath(path: string, fill: PathFill, context: FuzzContext): string {
  const value = (slot: '{ref}' | '{uuid}') => {
    switch (fill) {
      case 'own':
        return slot === '{ref}' ? context.ownRef : context.ownUuid;
      case 'victim':
        return slot === '{ref}' ? context.victimRef : context.victimUuid;
      case 'fixed-test-case':
        return slot === '{ref}' ? 'TEST_SAK_BESLUTTET' : '00000000-0000-0000-0000-000000000000';
      case 'unknown':
        return randomUUID();
      case 'traversal':
        return '..%2F..%2F__admin%2Fstate';
      case 'unicode':
        return encodeURIComponent('Ø\u202e😀\u0301');
      case 'long':
        return 'x'.repeat(2000);
    }
  };
  return path.replaceAll('{ref}', value('{ref}')).replaceAll('{uuid}', value('{uuid}'));
}

function authorization(fuzz: FuzzCase, context: FuzzContext): string | undefined {
  switch (fuzz.credentials) {
    case 'valid':
      return `Bearer ${context.token}`;
    case 'none':
      return undefined;
    case 'garbage':
      return 'Bearer not.a.jwt';
    case 'truncated':
      return `Bearer ${context.truncatedToken}`;
    case 'alg-none':
      return `Bearer ${context.algNoneToken}`;
    case 'basic':
      return 'Basic ZnV6ejpmdXp6';
  }
}

function elanHeaders(fuzz: FuzzCase): {
  headers: Record<string, string>;
  korrelasjonsid: string | undefined;
  ok: boolean;
} {
  const korrelasjonsid = fuzz.headers === 'bad-korrelasjonsid' ? 'not-a-uuid' : randomUUID();
  const headers: Record<string, string> = { accept: 'application/json', korrelasjonsid };
  if (fuzz.headers !== 'no-klientid') headers.klientid = 'elan-kit-fuzz';
  if (fuzz.headers !== 'missing-meldingsid') headers.meldingsid = randomUUID();
  return { headers, korrelasjonsid, ok: fuzz.headers === 'complete' };
}

function bodyBytes(seed: SeedRequest, fuzz: FuzzCase): { bytes: Buffer; json: 'valid' | 'invalid' | 'not-json' } {
  if (seed.body.kind === 'none') return { bytes: Buffer.alloc(0), json: 'not-json' };
  const envelope = fuzz.envelope;
  if (envelope.kind === 'garbage') return { bytes: Buffer.from(envelope.bytes), json: 'invalid' };
  const text = seed.body.kind === 'json' ? applyEdit(seed.body.value, fuzz.edit) : undefined;
  const bytes =
    text === undefined ? (seed.body.kind === 'multipart' ? seed.body.bytes : Buffer.alloc(0)) : Buffer.from(text);
  if (envelope.kind === 'truncate') {
    // Any strict prefix of a JSON object or array text is not JSON; a prefix of a bare number may be.
    const cut = Math.floor(bytes.length * envelope.fraction);
    const prefix = bytes.subarray(0, cut);
    return { bytes: prefix, json: text !== undefined && isJson(prefix) ? 'valid' : 'invalid' };
  }
  if (envelope.kind === 'invalid-utf8') {
    const at = Math.floor(bytes.length * envelope.fraction);
    return {
      bytes: Buffer.concat([
        bytes.subarray(0, at),
        Buffer.from(INVALID_UTF8[envelope.sequence] ?? [0xff]),
        bytes.subarray(at),
      ]),
      json: 'invalid',
    };
  }
  return { bytes, json: text === undefined ? 'not-json' : 'valid' };
}

/** Levels of arrays and objects (a scalar is 0). */
function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function isMaskinporten(path: string): boolean {
  return path === '/token' || path === '/jwk' || path.startsWith('/.well-known/');
}

function isJson(bytes: Buffer): boolean {
  try {
    JSON.parse(bytes.toString('utf8'));
    return true;
  } catch {
    return false;
  }
}

function isJsonContentType(value: string | null): boolean {
  if (value === null) return false;
  const type = (value.split(';')[0] ?? '').trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/** The request for a fuzz case, and what the contract allows as its answer. */
export function prepareRequest(seed: SeedRequest, fuzz: FuzzCase, context: FuzzContext): PreparedRequest {
  const { headers, korrelasjonsid, ok: headersOk } = elanHeaders(fuzz);
  const auth = authorization(fuzz, context);
  if (auth !== undefined) headers.authorization = auth;
  const { bytes, json } = bodyBytes(seed, fuzz);
  const chunks = fuzz.envelope.kind === 'chunked' ? fuzz.envelope.pieces : 0;

  const naturalType =
    seed.body.kind === 'json'
      ? 'application/json'
      : seed.body.kind === 'multipart'
        ? `multipart/form-data; boundary=${seed.body.boundary}`
        : undefined;
  const contentType = fuzz.envelope.kind === 'content-type' ? fuzz.envelope.value : (naturalType ?? null);
  if (contentType !== null && seed.body.kind !== 'none') headers['content-type'] = contentType;

  const base = { label: seed.label, headers, body: bytes, chunks, korrelasjonsid, shape: 'elan-problem' as const };
  const target = fuzz.target;
  if (target.kind === 'unknown-path') {
    return {
      ...base,
      method: seed.method,
      path: `/api/finnes-ikke/${encodeURIComponent(target.suffix)}`,
      allowed: new Set([404]),
    };
  }
  const path = fillPath(seed.path, target.kind === 'seed' ? target.fill : 'own', context);
  // Attachment paths answer DELETE (slettVedlegg); OPTIONS/TRACE/PATCH exist nowhere.
  const deletesAttachment =
    target.kind === 'wrong-method' && target.method === 'DELETE' && /\/vedlegg\/[^/]+$/.test(path);
  if (target.kind === 'wrong-method' && !deletesAttachment) {
    return { ...base, method: target.method, path, allowed: new Set(target.method === 'DELETE' ? [404, 405] : [405]) };
  }
  const method = deletesAttachment ? 'DELETE' : seed.method;
  const bodyKind = deletesAttachment ? 'none' : seed.body.kind;

  if (isMaskinporten(path)) {
    if (seed.body.kind === 'none')
      return { ...base, shape: 'maskinporten', method: seed.method, path, allowed: new Set([200]) };
    // Every fuzzed grant is refused: 400 invalid_request/invalid_grant, 401 invalid_client, 413 past the limit.
    const tooLarge = bytes.length > context.limits.tokenRequestBytes;
    return {
      ...base,
      shape: 'maskinporten',
      method: seed.method,
      path,
      allowed: new Set(tooLarge ? [413] : [400, 401]),
    };
  }

  const allowed = new Set<number>();
  // A path parameter that is not a usable reference is a 404 (unknown), 403 (someone else's) or 400 (schema).
  const add = (...statuses: number[]) => {
    for (const status of statuses) allowed.add(status);
  };
  if (auth === undefined || fuzz.credentials !== 'valid') {
    add(401);
  } else if (!headersOk) {
    add(400);
  } else if (bodyKind === 'none') {
    add(...HANDLER_OUTCOMES);
  } else if (bodyKind === 'multipart') {
    if (!(contentType ?? '').toLowerCase().startsWith('multipart/form-data') || !/boundary=/i.test(contentType ?? ''))
      add(415);
    else if (bytes.length > context.limits.attachmentBytes + 64 * 1024) add(413);
    else add(201, 400, 413, 422);
  } else if (!isJsonContentType(contentType)) {
    add(415);
  } else if (bytes.length > context.limits.bodyBytes) {
    add(413);
  } else if (json !== 'valid' || nestingDepth(JSON.parse(bytes.toString('utf8'))) > MAX_JSON_DEPTH) {
    add(400);
  } else {
    add(...HANDLER_OUTCOMES);
  }
  return { ...base, method, path, allowed };
}
