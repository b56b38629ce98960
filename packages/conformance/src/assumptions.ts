/**
 * Every assumption the conformance suite rests on, in one place so it is easy to correct.
 * Sources: information-model.md, maskinporten-identifiers-interest.md, the Utleggsbegjæring seed pages.
 */

/** Skatteetaten's test environment (seed page, tab Test). */
export const TEST_ENVIRONMENT = {
  host: 'api-test.sits.no',
  baseUrls: {
    '0.9': 'https://api-test.sits.no/api/utleggsbegjaering/v1',
    v2: 'https://api-test.sits.no/api/utleggsbegjaering/v2',
  },
  maskinporten: {
    issuer: 'https://test.maskinporten.no/',
    tokenEndpoint: 'https://test.maskinporten.no/token',
    host: 'test.maskinporten.no',
  },
} as const;

/** Hosts the `test` target may talk to without `allowProduction`. */
export const TEST_HOSTS: readonly string[] = [TEST_ENVIRONMENT.host, TEST_ENVIRONMENT.maskinporten.host];

/**
 * Hosts treated as production for every target (ASSUMPTION: the production API host is not published;
 * anything under sits.no other than api-test, skatteetaten.no, and Maskinporten's production issuer).
 */
export const PRODUCTION_HOST_PATTERNS: readonly RegExp[] = [
  /^maskinporten\.no$/i,
  /^(?!api-test\.)[\w-]+\.sits\.no$/i,
  /(^|\.)skatteetaten\.no$/i,
];

/**
 * Supported hours of the test environment: weekdays 08:00–15:45 Europe/Oslo (seed page, tab Test).
 * ASSUMPTION: Norwegian public holidays are not subtracted.
 */
export const TEST_ENVIRONMENT_SUPPORT_HOURS = {
  timeZone: 'Europe/Oslo',
  weekdays: [1, 2, 3, 4, 5],
  fromMinutes: 8 * 60,
  toMinutes: 15 * 60 + 45,
} as const;

/** Scopes (seed page "Scope"; information-model.md §13.1). */
export const ELAN_SCOPE = 'skatteetaten:utleggsbegjaering';

/** Tenor's test data search: API root and the Maskinporten test scope for reading. */
export const TENOR = {
  baseUrl: 'https://testdata.api.skatteetaten.no/api/testnorge/v2',
  host: 'testdata.api.skatteetaten.no',
  scope: 'skatteetaten:testnorge/testdata.read',
  /** At most 200 documents per call, and paging stops at 200 hits per seed; more need other seeds. */
  maxHitsPerSeed: 200,
  /** Seeds tried before giving up on finding more distinct hits. */
  maxSeeds: 20,
} as const;

/**
 * Keys whose values are account numbers, KIDs or amounts: 11-digit values there are not person identifiers,
 * so the synthetic-data guard does not read them as fødselsnummer.
 */
export const NON_IDENTIFIER_KEYS: readonly string[] = [
  'kontonummer',
  'kidnummer',
  'kid',
  'iban',
  'telefonnummer',
  'beloep',
  'kravgrunnlagsidentifikator',
  'eksternSaksreferanse',
  'uuid',
];

/**
 * How the synthetic-data guard reads what leaves (texts cite these ids). Only values valid by their control
 * digits and without the Tenor marker are refused; the rest passes.
 */
export const SYNTHETIC_GUARD_ASSUMPTIONS = [
  {
    id: 'A-GUARD-FRITEKST',
    nb: 'I fritekst (tekstkropper, skjemafelt, hoder, spørrestreng, filinnhold) leses hver sammenhengende rekke på 9 eller 11 sifre som et mulig organisasjonsnummer eller fødsels-/D-nummer; sifre rett før eller etter gjør rekken til noe annet.',
    en: 'In free text (text bodies, form fields, headers, the query string, file contents) every run of exactly 9 or 11 digits is read as a possible organisasjonsnummer or fødsels-/D-nummer; a digit right before or after makes the run something else.',
  },
  {
    id: 'A-GUARD-BEARER',
    nb: 'Authorization-hodet leses ikke: et Maskinporten-token bærer virksomhetens eget, ekte organisasjonsnummer (consumer), som skal sendes.',
    en: "The Authorization header is not scanned: a Maskinporten token carries the vendor's own, real organisasjonsnummer (consumer), which must be sent.",
  },
  {
    id: 'A-GUARD-FILTEKST',
    nb: 'Et vedlegg leses som tekst når typen er tekstlig (text/*, JSON, XML, CSV) eller minst 90 % av bytene er skrivbare tegn; teksten i en PDF leses ikke.',
    en: 'An attachment is read as text when its type is textual (text/*, JSON, XML, CSV) or at least 90 % of its bytes are printable; the text layer of a PDF is not read.',
  },
] as const satisfies readonly { id: string; nb: string; en: string }[];

/** A key/certificate expiring within this many days gets a warning (checklist 2). */
export const KEY_EXPIRY_WARNING_DAYS = 30;

/**
 * Polling discipline (checklist 4: polling "not too frequent"). ASSUMPTION: the docs give no number; the kit
 * asks for at least this many seconds between two status calls for the same case with no action in between
 * (exactly this many passes). A shorter gap fails the recommended check `client-polling-interval`.
 */
export const MIN_POLL_INTERVAL_SECONDS = 10;

/**
 * A status loop (checklist 4): this many status calls in a row for the same case, with no action in between and
 * each less than `maxGapSeconds` after the one before (exactly `maxGapSeconds` is not a loop), fail the required
 * check `client-no-status-loop`. ASSUMPTION: the docs give no number.
 */
export const STATUS_LOOP = { calls: 3, maxGapSeconds: 5 } as const;

/**
 * Betjeningskartet "right before" a new submission (seed page, Overgangsperioden). ASSUMPTION: at most this many
 * seconds before the submission (exactly this many passes), for the same debtors.
 */
export const BETJENINGSKARTET_MAX_AGE_SECONDS = 15 * 60;

/**
 * Backoff: without Retry-After, a client waits at least this long before retrying a 429/503, and before resending
 * a request answered 500 (exactly this long passes). ASSUMPTION.
 */
export const MIN_BACKOFF_SECONDS = 1;

/** Default Retry-After when a 429/503 comes without one, for the kit's own reference client. */
export const DEFAULT_RETRY_AFTER_SECONDS = 2;

/** The kit's reference client retries a 429/503 at most this many times. */
export const REFERENCE_CLIENT_MAX_RETRIES = 3;

/** How long the kit waits for an uploaded attachment to be converted (target clock), polling every interval. */
export const ATTACHMENT_WAIT = { timeoutSeconds: 120, intervalSeconds: 2 } as const;

/**
 * A client answered 401 for a token it held fetches a new one and tries again; this many 401 answers in a row for
 * the same token, or this many new tokens each refused, is a loop (ASSUMPTION: one refresh is what is expected).
 */
export const TOKEN_REFRESH_MAX_ATTEMPTS = 2;

/** A request answered 500 is sent again unchanged at most this often (ASSUMPTION: 500 is logged, not hammered). */
export const MAX_RESENDS_AFTER_500 = 1;

/** The vendor target waits this long for the traffic a scenario card asks for, unless the config says otherwise. */
export const VENDOR_SCENARIO_TIMEOUT_SECONDS = 300;

/**
 * Token reuse (checklist 2: "tokens are reused within their lifetime"). ASSUMPTION: a new token is needless while
 * less than this fraction of the previous one's lifetime has passed (exactly this fraction passes), unless the API
 * refused the previous token with 401. Judged per client process: per scenario on the vendor target, since a
 * command adapter starts a new process for each.
 */
export const TOKEN_REUSE_MIN_USED_FRACTION = 0.5;

/** Responses after which repeating the identical request is a blind retry (4xx other than 401/408/429). */
export const NON_RETRYABLE_STATUSES: readonly number[] = [400, 403, 404, 405, 406, 409, 410, 413, 415, 422];

/**
 * Where the embedded simulator's virtual clock starts: the fixtures' default "today" (a Monday in the 2026
 * transition year, inside the test environment's support hours), so canonical payloads are dated right.
 */
export const DEFAULT_SIMULATOR_START = '2026-03-02T09:00:00+01:00';

/** One assumption a check's judgement rests on: the id a report names, and what it says in both languages. */
export interface CheckAssumption {
  readonly id: string;
  readonly nb: string;
  readonly en: string;
}

/**
 * The assumptions checks name in their results (`Check.assumptions`), so a report says in its reader's language
 * where a judgement rests on the kit's reading rather than on a published rule. Ids of the contract registry in
 * schemas (A-KONTRAKT-*) may be named too.
 */
export const CHECK_ASSUMPTIONS: readonly CheckAssumption[] = [
  {
    id: 'A-KLIENT-POLLING',
    nb: `Dokumentasjonen sier ikke hvor ofte status kan hentes; verktøyet krever minst ${MIN_POLL_INTERVAL_SECONDS} sekunder mellom to statuskall for samme sak.`,
    en: `The documentation gives no polling rate; the kit asks for at least ${MIN_POLL_INTERVAL_SECONDS} seconds between two status calls for the same case.`,
  },
  {
    id: 'A-KLIENT-BETJENINGSKARTET',
    nb: `«Rett før» en ny innsending leses som innen ${BETJENINGSKARTET_MAX_AGE_SECONDS / 60} minutter før innsendingen, for de samme saksøkte.`,
    en: `"Right before" a new submission is read as within ${BETJENINGSKARTET_MAX_AGE_SECONDS / 60} minutes before it, for the same debtors.`,
  },
  {
    id: 'A-KLIENT-TOKEN',
    nb: `Et nytt tilgangstoken er unødvendig når det forrige hadde mer enn ${TOKEN_REUSE_MIN_USED_FRACTION * 100} % av levetiden igjen.`,
    en: `A new access token is needless while the previous one had more than ${TOKEN_REUSE_MIN_USED_FRACTION * 100} % of its lifetime left.`,
  },
  {
    id: 'A-KLIENT-STATUSLOEKKE',
    nb: `${STATUS_LOOP.calls} statuskall på rad for samme sak, hvert mindre enn ${STATUS_LOOP.maxGapSeconds} sekunder etter det forrige og uten noen handling imellom, regnes som en løkke.`,
    en: `${STATUS_LOOP.calls} status calls in a row for the same case, each less than ${STATUS_LOOP.maxGapSeconds} seconds after the one before and with no action in between, count as a loop.`,
  },
  {
    id: 'A-KLIENT-TOKENFORNYELSE',
    nb: `Etter 401 henter klienten et nytt tilgangstoken én gang; mer enn ${TOKEN_REFRESH_MAX_ATTEMPTS} avviste kall på rad regnes som en løkke.`,
    en: `After a 401 the client fetches a new token once; more than ${TOKEN_REFRESH_MAX_ATTEMPTS} refused calls in a row count as a loop.`,
  },
  {
    id: 'A-KLIENT-500',
    nb: `En forespørsel som fikk 500 sendes høyst ${MAX_RESENDS_AFTER_500} gang til, og tidligst etter ${MIN_BACKOFF_SECONDS} sekund.`,
    en: `A request answered 500 is sent again at most ${MAX_RESENDS_AFTER_500} time, and no sooner than ${MIN_BACKOFF_SECONDS} second later.`,
  },
  {
    id: 'A-KLIENT-MELDINGSID',
    nb: 'Samme Meldingsid er lov bare når den samme forespørselen sendes på nytt etter 401, 408, 429 eller 5xx; en Korrelasjonsid som går igjen i flere scenarier eller nye utleggsbegjæringer, er ikke én forretningsoperasjon.',
    en: 'The same Meldingsid is allowed only when the same request is sent again after 401, 408, 429 or 5xx; a Korrelasjonsid spanning several scenarios or new begjæringer is not one business operation.',
  },
  {
    id: 'A-KLIENT-BACKOFF',
    nb: `Uten Retry-After venter en klient minst ${MIN_BACKOFF_SECONDS} sekund før den prøver en 429/503 igjen.`,
    en: `Without Retry-After, a client waits at least ${MIN_BACKOFF_SECONDS} second before retrying a 429/503.`,
  },
];
