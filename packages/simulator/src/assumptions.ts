/**
 * Every default of the simulator that rests on an ASSUMPTION (information-model.md §20,
 * maskinporten-identifiers-interest.md §1.10) lives here, so it can be corrected in one place.
 */
import type { ModelVersion, Saksstatus } from '@elan-kit/schemas';

// ── Paths (information-model.md §13.4; interfaces.md route table) ─────────────────────────────────────
export const UTLEGGSBEGJAERING_PREFIX = '/api/utleggsbegjaering';
export const KOMMUNE_PREFIX = '/api/utleggstrekk-fra-kommune';
export const ADMIN_PREFIX = '/__admin';
/** `/v2` serves this model when the configured model is 0.9 (which `/v1` always serves). */
export const DEFAULT_V2_MODEL: ModelVersion = '1.0';

// ── Scopes (information-model.md §13.1) ────────────────────────────────────────────────────────────────
export const SCOPE_UTLEGGSBEGJAERING = 'skatteetaten:utleggsbegjaering';
export const SCOPE_KOMMUNE = 'skatteetaten:utleggstrekkbeslutningkommune';
/** Earlier revisions of the municipality page name the Utleggsbegjæring scope, so both are accepted there. */
export const KOMMUNE_SCOPES: readonly string[] = [SCOPE_KOMMUNE, SCOPE_UTLEGGSBEGJAERING];
/** Tenor's test data search (Maskinporten test environment). */
export const SCOPE_TENOR_READ = 'skatteetaten:testnorge/testdata.read';
export const DEFAULT_CLIENT_SCOPE = `${SCOPE_UTLEGGSBEGJAERING} ${SCOPE_KOMMUNE} ${SCOPE_TENOR_READ}`;

// ── Tenor stand-in (test data search) ──────────────────────────────────────────────────────────────────
export const TENOR_PREFIX = '/api/testnorge/v2';
/**
 * At most 200 documents per call, and paging stops at the 200th hit of a seed's order (public clients of the
 * search API report both). A larger `antall` is capped rather than refused: how Tenor answers it is not known.
 */
export const TENOR_MAX_HITS = 200;
/** `antall` when a search names none (not published). */
export const TENOR_DEFAULT_ANTALL = 10;

// ── Maskinporten stand-in (maskinporten-identifiers-interest.md §1) ────────────────────────────────────
export const JWT_BEARER_GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
export const GRANT_ALGORITHMS: readonly string[] = ['RS256', 'RS384', 'RS512'];
export const GRANT_IAT_SKEW_SECONDS = 10;
export const GRANT_MAX_LIFETIME_SECONDS = 120;
/** The claims §1.4 lists; anything else is "Invalid assertion". */
export const GRANT_KNOWN_CLAIMS: readonly string[] = [
  'aud',
  'iss',
  'scope',
  'iat',
  'exp',
  'jti',
  'resource',
  'pid',
  'consumer_org',
  'iss_onbehalfof',
  'authorization_details',
];
/** Altinn's own examples send `sub` = client_id; tolerated (§1.4, confidence L). */
export const GRANT_TOLERATED_CLAIMS: readonly string[] = ['sub'];
/** Skatteetaten says tokens live about two minutes (§1.6). */
export const ACCESS_TOKEN_LIFETIME_SECONDS = 120;
/** Without `resource` the token's `aud` is "unspecified", which Skatteetaten expects (§1.4). */
export const ACCESS_TOKEN_AUDIENCE = 'unspecified';
export const CONSUMER_AUTHORITY = 'iso6523-actorid-upis';
export const SYSTEMUSER_TYPE = 'urn:altinn:systemuser';
export const DELEGATION_SOURCE = 'https://tt02.altinn.no/';
/** How long a verified access token may be ahead of the API's clock (iat in the future ⇒ "not yet valid"). */
export const ACCESS_TOKEN_CLOCK_SKEW_SECONDS = 10;
/**
 * MP-250/251 (no delegation): the real status and `error` string are not confirmed (§1.7). We answer 400 (the
 * only error status the bundled token contract documents) with `access_denied`.
 */
export const DELEGATION_ERROR = { status: 400, error: 'access_denied' } as const;
/** RFC 9396 names this error for bad `authorization_details`. */
export const AUTHORIZATION_DETAILS_ERROR = 'invalid_authorization_details';
/** The real server's tolerance of an issuer without its trailing slash is unknown (§1.10): strict by default. */
export const DEFAULT_ACCEPT_AUDIENCE_WITHOUT_TRAILING_SLASH = false;

// ── Request bodies ─────────────────────────────────────────────────────────────────────────────────────
/**
 * A UTF-8 byte order mark in front of a JSON body is skipped, as RFC 8259 §8.1 allows a parser to do (Java's
 * Jackson does); whether ELAN refuses it is not published. The exchange is logged with a note, since the RFC
 * forbids sending one.
 */
export const SKIPS_BYTE_ORDER_MARK = true;

// ── General error codes per HTTP status (seed page "Feilkoder", KB-001…KB-009) ────────────────────────
export const FEILKODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'KB-006',
  401: 'KB-004',
  403: 'KB-005',
  404: 'KB-003',
  406: 'KB-008',
  500: 'KB-001',
  503: 'KB-002',
};
/** 404 for a well-formed URL whose identifier (case, attachment) is unknown. */
export const FEILKODE_UNKNOWN_IDENTIFIER = 'KB-009';
export const PROBLEM_TYPE = 'about:blank';

// ── Attachments (information-model.md §10.1) ──────────────────────────────────────────────────────────
/** Virtual milliseconds per processing step (virus check, validation, conversion). 0 = synchronous. */
export const DEFAULT_ATTACHMENT_STEP_MS = 1000;
export const ATTACHMENT_FIELD_FILE = 'fil';
export const ATTACHMENT_FIELD_REFERENCE = 'innsenderReferanse';
export const ATTACHMENT_FIELD_TYPE = 'type';
export const VEDLEGG_TYPES: readonly string[] = [
  'betalingsoppfordring',
  'fullmakt',
  'transporterklæring',
  'tvangsgrunnlag',
  'tvangskraftgrunnlag',
  'annet',
];

// ── Cases and Status på sak (information-model.md §14) ─────────────────────────────────────────────────
/** Virtual time after submission at which a case enters each state (the test environment never moves). */
export const CASE_SCHEDULE: ReadonlyArray<{ readonly saksstatus: Saksstatus; readonly afterMs: number }> = [
  { saksstatus: 'sakUnderBehandling', afterMs: 60 * 60 * 1000 },
  { saksstatus: 'sakForelagt', afterMs: 24 * 60 * 60 * 1000 },
  { saksstatus: 'sakBesluttet', afterMs: 3 * 24 * 60 * 60 * 1000 },
  { saksstatus: 'sakAvsluttet', afterMs: 30 * 24 * 60 * 60 * 1000 },
];
/** A change stays "unprocessed" this long (UAVKLART_STATUS for a further change meanwhile). */
export const CHANGE_PROCESSING_MS = 15 * 60 * 1000;
/** States after which a change is refused with UGYLDIG_STATUS. */
export const CLOSED_STATES: readonly Saksstatus[] = ['sakAvsluttet', 'sakHevet', 'sakNektetFremmet'];
export const NAMSMANN_REFERENCE_PREFIX = 'UTLBGJ';
export const BESLUTNINGSTYPER = ['utleggstrekk', 'intetTilUtlegg', 'utleggspant'] as const;
export type Beslutningstype = (typeof BESLUTNINGSTYPER)[number];
export const FEED_DEFAULT_PAGE = 100;
export const FEED_MAX_PAGE = 1000;
/** Change answers 200 `{eksternSaksreferanse}` (information-model.md §13.3; 204 is the alternative). */
export const CHANGE_SUCCESS_STATUS = 200;

// ── Betjeningskartet (information-model.md §15) ───────────────────────────────────────────────────────────
/**
 * The test environment knows every Tenor party; the simulator's register holds only its seeded parties and the
 * published locked lists. A fødselsnummer, D-nummer or organisasjonsnummer with valid check digits that the
 * register does not hold is answered as a party on the new regime (§15: "otherwise nyttRegelverk"), so a
 * vendor's own Tenor parties route to ELAN as they would in test; only invalid identifiers are `ukjentSkyldner`.
 */
export const REGIME_OF_VALID_UNREGISTERED_PARTY = 'nyttRegelverk' as const;

// ── Municipality (information-model.md §17) ────────────────────────────────────────────────────────────
/** The boolean's real name is not public. */
export const DEFAULT_OPPSLAG_FLAG = 'harEllerHarHattSamordnetTrekkNyttRegelverk';

// ── Admin ───────────────────────────────────────────────────────────────────────────────────────────────
export const LOOPBACK_ADDRESSES: readonly string[] = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];
