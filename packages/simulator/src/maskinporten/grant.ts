import { createHash, randomUUID } from 'node:crypto';
import {
  AUTHORIZATION_DETAILS_ERROR,
  CONSUMER_AUTHORITY,
  DELEGATION_ERROR,
  GRANT_ALGORITHMS,
  GRANT_IAT_SKEW_SECONDS,
  GRANT_KNOWN_CLAIMS,
  GRANT_MAX_LIFETIME_SECONDS,
  GRANT_TOLERATED_CLAIMS,
  GRANT_WITHOUT_JTI_SINGLE_USE,
  JWT_BEARER_GRANT_TYPE,
  SYSTEMUSER_TYPE,
} from '../assumptions.js';
import { mediaType } from '../http/read-body.js';
import { verifyCertificateChain } from './certificates.js';
import type { ClientRecord, ClientRegistry, SystemUser } from './client-registry.js';
import { clientAuthFailed, GrantError, invalidAssertion, invalidRequest } from './grant-error.js';
import { type DecodedJwt, decodeJwt, isRecord, verifySignature } from './jwt.js';

const KNOWN_CLAIMS = new Set([...GRANT_KNOWN_CLAIMS, ...GRANT_TOLERATED_CLAIMS]);
const ORGNR = /^\d{9}$/;
const SYSTEMUSER_ORG_ID = /^0192:(\d{9})$/;

/** What a valid grant entitles the client to; the access token is built from it. */
export interface GrantOutcome {
  readonly client: ClientRecord;
  readonly route: 'kid' | 'x5c';
  readonly scope: string;
  readonly consumerOrgnr: string;
  /** Set when a supplier acts for a consumer (`consumer_org` delegation). */
  readonly supplierOrgnr?: string;
  readonly systemUser?: SystemUser;
  /** Which spelling of the system user's org id the client sent (`ID` or `id`); echoed in the token. */
  readonly systemUserIdKey?: 'ID' | 'id';
  readonly resource?: readonly string[];
  readonly pid?: string;
}

export interface GrantCheckOptions {
  readonly issuer: string;
  readonly acceptAudienceWithoutTrailingSlash: boolean;
  /** Seconds since the epoch on Maskinporten's clock: the wall clock (grants are made with real clocks). */
  readonly nowSeconds: number;
  /**
   * The simulator's virtual time in seconds. A grant whose `iat` fits it is accepted too, so clients that
   * follow the virtual clock (the kit's own runs) and clients with real clocks both get tokens.
   */
  readonly virtualNowSeconds?: number;
}

/** Single-use grant ids, remembered until their grant has expired; bounded. */
export class GrantIdStore {
  readonly #seen = new Map<string, number>();
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** False when the id was used before. */
  use(key: string, expiresAtSeconds: number, nowSeconds: number): boolean {
    const known = this.#seen.get(key);
    if (known !== undefined && known + GRANT_IAT_SKEW_SECONDS >= nowSeconds) return false;
    if (this.#seen.size >= this.#limit) this.#prune(nowSeconds);
    this.#seen.set(key, expiresAtSeconds);
    return true;
  }

  #prune(nowSeconds: number): void {
    for (const [key, exp] of this.#seen) if (exp + GRANT_IAT_SKEW_SECONDS < nowSeconds) this.#seen.delete(key);
    // Still full: forget the oldest (their grants expire within two minutes anyway).
    while (this.#seen.size >= this.#limit) {
      const oldest = this.#seen.keys().next().value;
      if (oldest === undefined) break;
      this.#seen.delete(oldest);
    }
  }
}

/** Reads the form body of `POST /token` (§1.2) and returns the assertion. */
export function readTokenRequest(contentType: string | undefined, body: Buffer): string {
  if (mediaType(contentType) !== 'application/x-www-form-urlencoded') {
    throw invalidRequest('The token request must be application/x-www-form-urlencoded.');
  }
  const form = new URLSearchParams(body.toString('utf8'));
  const grantTypes = form.getAll('grant_type');
  if (grantTypes.length !== 1) throw invalidRequest('grant_type is required (exactly once).');
  if (grantTypes[0] !== JWT_BEARER_GRANT_TYPE) {
    throw new GrantError('unsupported_grant_type', 'MP-011', `grant_type must be ${JWT_BEARER_GRANT_TYPE}.`);
  }
  const assertions = form.getAll('assertion');
  if (assertions.length !== 1 || assertions[0] === '') throw invalidRequest('assertion is required (exactly once).');
  return assertions[0]!;
}

/** Checks a JWT-bearer grant exactly as the stand-in checklist lists it (§1.10); throws a GrantError. */
export async function checkGrant(
  assertion: string,
  registry: ClientRegistry,
  grantIds: GrantIdStore,
  options: GrantCheckOptions,
): Promise<GrantOutcome> {
  const jwt = decodeJwt(assertion);
  if (!jwt) throw invalidAssertion('The assertion is not a signed JWT.');
  const { header, payload } = jwt;

  if (!GRANT_ALGORITHMS.includes(String(header.alg))) {
    throw clientAuthFailed(
      `Unsupported signing algorithm "${String(header.alg)}"; use RS256, RS384 or RS512.`,
      'MP-124',
    );
  }
  const hasKid = header.kid !== undefined;
  const hasX5c = header.x5c !== undefined;
  if (hasKid === hasX5c) throw clientAuthFailed('The JWT header must carry exactly one of kid and x5c.');
  if (hasX5c && (!Array.isArray(header.x5c) || !header.x5c.every((entry) => typeof entry === 'string'))) {
    throw clientAuthFailed('x5c must be an array of base64 certificates.', 'MP-123');
  }

  const unknown = Object.keys(payload).filter((claim) => !KNOWN_CLAIMS.has(claim));
  if (unknown.length > 0) throw invalidAssertion(`Unknown claim(s): ${unknown.join(', ')}.`);

  const clientId = payload.iss;
  const client = typeof clientId === 'string' ? registry.get(clientId) : undefined;
  if (!client) throw clientAuthFailed('Client not found.');

  const route = hasKid ? 'kid' : 'x5c';
  await authenticateClient(jwt, client, registry, options.nowSeconds);
  checkAudience(payload.aud, options);
  const { expiresAt, nowSeconds } = checkTimes(payload, [
    options.nowSeconds,
    options.virtualNowSeconds ?? options.nowSeconds,
  ]);

  if (payload.jti !== undefined) {
    if (typeof payload.jti !== 'string' || payload.jti === '') throw invalidRequest('jti must be a non-empty string.');
    if (!grantIds.use(`${client.clientId}|${payload.jti}`, expiresAt, nowSeconds)) {
      throw new GrantError('invalid_grant', 'MP-012', 'Invalid assertion. Grant is used before (jti).');
    }
  } else if (GRANT_WITHOUT_JTI_SINGLE_USE) {
    const digest = createHash('sha256').update(assertion).digest('base64url');
    if (!grantIds.use(`${client.clientId}|#${digest}`, expiresAt, nowSeconds)) {
      throw new GrantError('invalid_grant', 'MP-012', 'Invalid assertion. Grant is used before.');
    }
  }

  if (typeof payload.scope !== 'string' || payload.scope.trim() === '') throw invalidRequest('scope is required.');
  const scopes = payload.scope.split(' ').filter(Boolean);
  if (payload.consumer_org !== undefined && payload.iss_onbehalfof !== undefined) {
    throw invalidRequest('consumer_org and iss_onbehalfof cannot be used together.');
  }
  if (payload.consumer_org !== undefined && payload.authorization_details !== undefined) {
    throw invalidRequest('consumer_org and authorization_details cannot be used together.');
  }

  let consumerOrgnr = client.orgnr;
  let supplierOrgnr: string | undefined;
  if (payload.consumer_org !== undefined) {
    const consumer = payload.consumer_org;
    if (typeof consumer !== 'string' || !ORGNR.test(consumer)) {
      throw invalidRequest('consumer_org must be a 9-digit organisation number (string).');
    }
    if (consumer === client.orgnr) throw invalidRequest("consumer_org equals the client's own organisation.");
    for (const scope of scopes) {
      if (!registry.isDelegated(consumer, client.orgnr, scope)) {
        throw new GrantError(
          DELEGATION_ERROR.error,
          'MP-251',
          `Forbidden. Consumer ${consumer} has not delegated the scope ${scope} to supplier ${client.orgnr}.`,
          DELEGATION_ERROR.status,
        );
      }
    }
    consumerOrgnr = consumer;
    supplierOrgnr = client.orgnr;
  } else {
    const notAllowed = scopes.filter((scope) => !client.scopes.has(scope));
    if (notAllowed.length > 0) {
      throw new GrantError(
        'invalid_scope',
        'MP-200',
        `Invalid scope. Not registered on client: ${notAllowed.join(' ')}.`,
      );
    }
  }

  const systemUser =
    payload.authorization_details === undefined
      ? undefined
      : checkSystemUser(payload.authorization_details, client, registry);

  let resource: string[] | undefined;
  if (payload.resource !== undefined) {
    if (!Array.isArray(payload.resource) || !payload.resource.every((r) => typeof r === 'string' && r !== '')) {
      throw invalidRequest('resource must be an array of strings (currently only array supported).');
    }
    resource = payload.resource as string[];
  }
  if (payload.pid !== undefined && (typeof payload.pid !== 'string' || !/^\d{11}$/.test(payload.pid))) {
    throw invalidRequest('pid must be an 11-digit personal identifier.');
  }

  return {
    client,
    route,
    scope: scopes.join(' '),
    consumerOrgnr,
    ...(supplierOrgnr === undefined ? {} : { supplierOrgnr }),
    ...(systemUser === undefined ? {} : { systemUser: systemUser.user, systemUserIdKey: systemUser.idKey }),
    ...(resource === undefined ? {} : { resource }),
    ...(typeof payload.pid === 'string' ? { pid: payload.pid } : {}),
  };
}

async function authenticateClient(
  jwt: DecodedJwt,
  client: ClientRecord,
  registry: ClientRegistry,
  nowSeconds: number,
): Promise<void> {
  if (jwt.header.kid !== undefined) {
    const key = typeof jwt.header.kid === 'string' ? client.keys.get(jwt.header.kid) : undefined;
    if (!key) throw clientAuthFailed(`No key with kid "${String(jwt.header.kid)}" is registered on the client.`);
    if (!(await verifySignature(jwt, key, GRANT_ALGORITHMS))) throw clientAuthFailed('Invalid signature.', 'MP-124');
    return;
  }
  if (!client.certificateAuth) {
    throw clientAuthFailed('The client has a pre-registered key and must use kid, not x5c.');
  }
  const chain = verifyCertificateChain(jwt.header.x5c as string[], registry.authorities(), nowSeconds * 1000);
  if (!chain.ok) {
    throw chain.problem === 'malformed'
      ? clientAuthFailed(`Bad x5c: ${chain.message}.`, 'MP-123')
      : clientAuthFailed(`Invalid certificate: ${chain.message}.`, 'MP-120');
  }
  if (chain.orgnr !== client.orgnr) {
    throw clientAuthFailed(
      `The certificate's organisation number (${chain.orgnr ?? 'none'}) is not the client's (${client.orgnr}).`,
      'MP-122',
    );
  }
  if (!(await verifySignature(jwt, chain.leaf.publicKey, GRANT_ALGORITHMS))) {
    throw clientAuthFailed('Invalid signature.', 'MP-124');
  }
}

function checkAudience(aud: unknown, options: GrantCheckOptions): void {
  const accepted = [options.issuer];
  if (options.acceptAudienceWithoutTrailingSlash) accepted.push(options.issuer.replace(/\/$/, ''));
  if (typeof aud !== 'string' || !accepted.includes(aud)) {
    throw new GrantError(
      'invalid_grant',
      'MP-110',
      `Invalid assertion. Invalid JWT claim aud: it must be the single value ${options.issuer}.`,
    );
  }
}

function checkTimes(
  payload: Readonly<Record<string, unknown>>,
  clocks: readonly number[],
): { expiresAt: number; nowSeconds: number } {
  const { iat, exp } = payload;
  if (typeof iat !== 'number' || !Number.isFinite(iat)) throw invalidAssertion('iat is required (seconds).', 'MP-130');
  if (typeof exp !== 'number' || !Number.isFinite(exp)) throw invalidAssertion('exp is required (seconds).', 'MP-130');
  const nowSeconds = clocks.find((clock) => Math.abs(iat - clock) <= GRANT_IAT_SKEW_SECONDS);
  if (nowSeconds === undefined) {
    throw invalidAssertion(`iat is more than ${GRANT_IAT_SKEW_SECONDS} s from Maskinporten's clock.`, 'MP-130');
  }
  if (exp <= iat || exp - iat > GRANT_MAX_LIFETIME_SECONDS) {
    throw invalidAssertion(`exp must be after iat and at most ${GRANT_MAX_LIFETIME_SECONDS} s after it.`, 'MP-130');
  }
  if (exp <= nowSeconds) throw invalidAssertion('The JWT has expired.', 'MP-130');
  return { expiresAt: exp, nowSeconds };
}

function checkSystemUser(
  value: unknown,
  client: ClientRecord,
  registry: ClientRegistry,
): { user: SystemUser; idKey: 'ID' | 'id' } {
  const fail = (mpCode: string, detail: string) => new GrantError(AUTHORIZATION_DETAILS_ERROR, mpCode, detail);
  if (!Array.isArray(value) || value.length !== 1 || !isRecord(value[0])) {
    throw fail('MP-303', 'authorization_details must be an array with exactly one object.');
  }
  const detail = value[0];
  if (detail.type !== SYSTEMUSER_TYPE)
    throw fail('MP-301', `Unknown authorization_details type "${String(detail.type)}".`);
  const extra = Object.keys(detail).filter((key) => !['type', 'systemuser_org', 'externalRef'].includes(key));
  if (extra.length > 0) throw fail('MP-302', `Unknown authorization_details field(s): ${extra.join(', ')}.`);
  const org = detail.systemuser_org;
  if (!isRecord(org)) throw fail('MP-303', 'systemuser_org is required.');
  const orgExtra = Object.keys(org).filter((key) => !['authority', 'ID', 'id'].includes(key));
  if (orgExtra.length > 0) throw fail('MP-302', `Unknown systemuser_org field(s): ${orgExtra.join(', ')}.`);
  if (org.authority !== CONSUMER_AUTHORITY)
    throw fail('MP-303', `systemuser_org.authority must be ${CONSUMER_AUTHORITY}.`);
  if ((org.ID === undefined) === (org.id === undefined))
    throw fail('MP-303', 'systemuser_org needs exactly one of ID and id.');
  const idKey = org.ID !== undefined ? 'ID' : 'id';
  const match = typeof org[idKey] === 'string' ? SYSTEMUSER_ORG_ID.exec(org[idKey] as string) : null;
  if (!match) throw fail('MP-303', 'systemuser_org.ID must be "0192:<9-digit orgnr>".');
  if (detail.externalRef !== undefined && typeof detail.externalRef !== 'string') {
    throw fail('MP-303', 'externalRef must be a string.');
  }
  const user = registry.findSystemUser(client.clientId, match[1]!, detail.externalRef as string | undefined);
  if (!user) throw fail('MP-303', `No system user for customer ${match[1]} is registered on this client.`);
  return { user, idKey };
}

export function newTraceId(): string {
  return randomUUID();
}
