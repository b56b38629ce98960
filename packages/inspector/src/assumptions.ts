/**
 * Every assumption the inspector rests on, with an id that texts cite. Nothing here is published by Skatteetaten;
 * each is a choice made for a vendor's developer reading the page.
 */

export interface InspectorAssumption {
  readonly id: string;
  readonly text: string;
}

/**
 * INS-1: the verdict of one exchange, judged from the client's side. A status the client caused is `fail` (also 404 on
 * a URL no contract has); one the environment caused (no answer, throttling, 5xx) is `error`; 422 is its own verdict because a scenario may ask for it.
 */
export const CLIENT_FAULT_STATUSES: readonly number[] = [400, 401, 403, 405, 406, 413, 415, 431];
export const ENVIRONMENT_STATUSES: readonly number[] = [429];

/**
 * INS-2: the vilkår titles and descriptions exist in bokmål only (Skatteetaten's English page prints the same
 * Norwegian table), so the English view shows them unchanged.
 */
export const VILKAAR_TEXT_LANGUAGES = ['nb'] as const;

/** INS-3: bodies larger than this are cut in `GET /exchanges/{id}` (the recorder cuts at 64 KiB already). */
export const DETAIL_BODY_LIMIT_BYTES = 256 * 1024;

/** INS-4: the page shows at most this many characters of one body, and this many annotated lines. */
export const PAGE_BODY_LIMIT_CHARS = 64 * 1024;

/**
 * INS-5: live judgements are recomputed at most this often while traffic arrives, and with at least four times
 * their own duration in between, so judging never takes more than a fifth of the process's time.
 */
export const JUDGEMENT_INTERVAL_MS = 500;

/** INS-6: a comment on the event stream this often keeps intermediaries from closing it. */
export const EVENT_STREAM_HEARTBEAT_MS = 15_000;

/** INS-7: `GET /exchanges` answers this many summaries unless `limit` says otherwise. */
export const DEFAULT_PAGE_SIZE = 200;

export const INSPECTOR_ASSUMPTIONS: readonly InspectorAssumption[] = [
  {
    id: 'INS-1',
    text: 'Exchange verdict: fail for a contract breach, 400/401/403/405/406/413/415/431, or 404 on a URL no contract has; kontrollutslag for 422; error for no answer, 429 or 5xx; otherwise pass.',
  },
  { id: 'INS-2', text: 'Vilkår titles and descriptions are published in bokmål only.' },
  { id: 'INS-3', text: 'The API cuts bodies above 256 KiB.' },
  { id: 'INS-4', text: 'The page shows at most 64 Ki characters of a body.' },
  { id: 'INS-5', text: 'Live judgements are recomputed at most every 500 ms and at most a fifth of the time.' },
  { id: 'INS-6', text: 'The event stream sends a heartbeat comment every 15 s.' },
  { id: 'INS-7', text: 'GET /exchanges answers 200 summaries by default.' },
];
