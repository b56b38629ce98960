/**
 * The one list of secrets the kit keeps out of recordings, RunResults, reports and terminals. Names are compared
 * in any case style: lower-cased with `-`, `_`, `.` and spaces removed (`client_secret`, `clientSecret` and
 * `Client-Secret` are one name).
 */

/** Headers whose whole value is a credential. `Authorization` keeps its scheme (`Bearer [REDACTED]`). */
export const SECRET_HEADERS: readonly string[] = [
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'x-auth-token',
  'apikey',
];

/** Body members and query parameters whose value is a credential, in normalised form. */
export const SECRET_NAMES: readonly string[] = [
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
  'xapikey',
  'xauthtoken',
  'apikey',
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'token',
  'subjecttoken',
  'actortoken',
  'assertion',
  'clientassertion',
  'clientsecret',
  'secret',
  'password',
  'passphrase',
  'privatekey',
  'privatekeypem',
  'privatejwk',
];

/** Private members of a JWK (RFC 7518 §6.2.2, §6.3.2, §6.4.1): secret in any object that has a `kty`. */
export const JWK_PRIVATE_MEMBERS: readonly string[] = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

/** Authorization schemes whose credential follows the scheme name in free text. */
export const AUTH_SCHEMES: readonly string[] = ['Bearer', 'Basic', 'DPoP', 'Negotiate', 'Digest'];

/** What every redacted value is replaced by. */
export const REDACTED = '[REDACTED]';
