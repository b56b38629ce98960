/**
 * Every assumption the reporter makes about the domain, in one place so it is easy to correct.
 * Secret patterns are deliberately broad: a report is sent to Skatteetaten and must never carry credentials.
 */

/** ASSUMPTION: the reader is in Norway, so times are shown in Norwegian time (summer time handled by Intl). */
export const REPORT_TIME_ZONE = 'Europe/Oslo';

/**
 * ASSUMPTION: object keys whose values are secrets wherever they appear (headers, bodies, findings).
 * Compared case-insensitively with `-` and `_` removed, so `client_assertion`, `Client-Assertion` and
 * `clientAssertion` all match.
 */
export const SECRET_KEYS: readonly string[] = [
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
  'xapikey',
  'apikey',
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'token',
  'subjecttoken',
  'actortoken',
  'clientassertion',
  'assertion',
  'clientsecret',
  'password',
  'passphrase',
  'privatekey',
  'secret',
];

/** Form and query parameters (`a=b&c=d`) whose values are secrets. */
export const SECRET_FORM_FIELDS: readonly string[] = [
  'client_assertion',
  'assertion',
  'access_token',
  'refresh_token',
  'id_token',
  'client_secret',
  'subject_token',
  'password',
];

/** Private members of a JWK (RFC 7518 §6.3.2, §6.4): redacted in any object that has a `kty`. */
export const JWK_PRIVATE_MEMBERS: readonly string[] = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

/** Authorization schemes whose credentials follow the scheme name in free text. */
export const AUTH_SCHEMES: readonly string[] = ['Bearer', 'Basic', 'DPoP', 'Negotiate', 'Digest'];

/** What a redacted value is replaced by. */
export const REDACTED = '[REDACTED]';

/** Checklist sections whose checks the kit cannot run itself: the user attests them in the config. */
export const ATTESTED_SECTIONS = ['1', '6', '7'] as const;

/** The HTTP header Skatteetaten asks for when a call went wrong (information model §13.1). */
export const KORRELASJONSID_HEADER = 'Korrelasjonsid';
