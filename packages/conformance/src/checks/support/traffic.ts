import type { Contract, Exchange, Finding } from '@elan-kit/schemas';
import {
  BETJENINGSKARTET_MAX_AGE_SECONDS,
  MIN_BACKOFF_SECONDS,
  MIN_POLL_INTERVAL_SECONDS,
  NON_RETRYABLE_STATUSES,
  TOKEN_REUSE_MIN_USED_FRACTION,
} from '../../assumptions.js';
import { parseRetryAfter } from '../../client/retry-after.js';
import { type BilingualFinding, finding } from '../../engine/finding.js';
import { headerValue } from '../../http/elan-headers.js';
import { matchOperation } from './contract.js';

/** An exchange with the operation it belongs to. */
export interface ClassifiedExchange {
  readonly exchange: Exchange;
  readonly operationId: string | undefined;
  readonly pathParams: Readonly<Record<string, string>>;
  readonly timeMs: number;
}

function pathnameOf(url: string): string {
  try {
    return new URL(url, 'http://localhost').pathname;
  } catch {
    return url;
  }
}

/** Finds each exchange's operation in the contracts; the token endpoint is recognised by its path as well. */
export function classifyExchanges(
  exchanges: readonly Exchange[],
  contracts: readonly Contract[],
): ClassifiedExchange[] {
  return exchanges
    .map((exchange) => {
      const pathname = pathnameOf(exchange.url);
      const match = matchOperation(contracts, exchange.method, pathname);
      if (match) {
        return {
          exchange,
          operationId: match.operation.operationId,
          pathParams: match.pathParams,
          timeMs: Date.parse(exchange.time),
        };
      }
      const token = exchange.method === 'POST' && /\/token\/?$/.test(pathname);
      return { exchange, operationId: token ? 'token' : undefined, pathParams: {}, timeMs: Date.parse(exchange.time) };
    })
    .sort((a, b) => a.timeMs - b.timeMs);
}

function ref(item: ClassifiedExchange): Pick<Finding, 'exchangeId'> {
  return { exchangeId: item.exchange.id };
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/** Seconds with a decimal comma, for bokmål text. */
function sekunder(ms: number): string {
  return seconds(ms).replace('.', ',');
}

/** Checklist 2: a token is fetched again only when the previous one is (nearly) used up. */
export function judgeTokenReuse(items: readonly ClassifiedExchange[]): BilingualFinding[] {
  const fetches = items.filter((item) => item.operationId === 'token' && item.exchange.status === 200);
  const calls = items.filter((item) => item.operationId !== undefined && item.operationId !== 'token');
  const findings: BilingualFinding[] = [];
  for (let i = 1; i < fetches.length; i++) {
    const previous = fetches[i - 1]!;
    const current = fetches[i]!;
    const body = previous.exchange.response?.body as { expires_in?: unknown } | undefined;
    const lifetimeMs = typeof body?.expires_in === 'number' ? body.expires_in * 1000 : undefined;
    if (lifetimeMs === undefined) continue;
    const used = current.timeMs - previous.timeMs;
    const callsBetween = calls.filter((c) => c.timeMs > previous.timeMs && c.timeMs < current.timeMs).length;
    if (used < lifetimeMs * TOKEN_REUSE_MIN_USED_FRACTION) {
      findings.push(
        finding(
          'TOKEN_NOT_REUSED',
          {
            en: `A new token was fetched ${seconds(used)} after the previous one, which lived ${seconds(lifetimeMs)} (${callsBetween} API call(s) in between): reuse a token within its lifetime.`,
            nb: `Et nytt tilgangstoken ble hentet ${sekunder(used)} etter det forrige, som varte i ${sekunder(lifetimeMs)} (${callsBetween} API-kall i mellomtiden): bruk tilgangstokenet om igjen så lenge det er gyldig.`,
          },
          {
            expected: `at least ${seconds(lifetimeMs * TOKEN_REUSE_MIN_USED_FRACTION)} between fetches`,
            actual: seconds(used),
            reference: 'Skatteetaten: tokens live about 2 minutes and may be reused within that time',
            ...ref(current),
          },
        ),
      );
    }
  }
  if (fetches.length > 1 && calls.length > 0 && fetches.length >= calls.length) {
    findings.push(
      finding(
        'TOKEN_PER_CALL',
        {
          en: `${fetches.length} token fetches for ${calls.length} API calls: the client fetches a token per call.`,
          nb: `${fetches.length} henting av tilgangstoken for ${calls.length} API-kall: klienten henter et nytt tilgangstoken for hvert kall.`,
        },
        {
          expected: 'fewer token fetches than API calls',
          actual: { tokenFetches: fetches.length, apiCalls: calls.length },
        },
      ),
    );
  }
  return findings;
}

function sameRequest(a: Exchange, b: Exchange): boolean {
  return a.method === b.method && a.url === b.url && JSON.stringify(a.request.body) === JSON.stringify(b.request.body);
}

/** Checklist 4: a request refused with a 4xx is not sent again unchanged. */
export function judgeNoBlindRetry(items: readonly ClassifiedExchange[]): BilingualFinding[] {
  const findings: BilingualFinding[] = [];
  const api = items.filter((item) => item.operationId !== 'token');
  for (const [index, item] of api.entries()) {
    const status = item.exchange.status;
    if (status === undefined || !NON_RETRYABLE_STATUSES.includes(status)) continue;
    const repeat = api.slice(index + 1).find((later) => sameRequest(later.exchange, item.exchange));
    if (repeat) {
      const request = `${item.exchange.method} ${pathnameOf(item.exchange.url)}`;
      findings.push(
        finding(
          'BLIND_RETRY_4XX',
          {
            en: `${request} was refused with ${status} and then sent again unchanged.`,
            nb: `${request} ble avvist med ${status} og deretter sendt på nytt uendret.`,
          },
          {
            expected: 'fix the request (or give up) after a 4xx',
            actual: { firstStatus: status, repeatedAt: repeat.exchange.time },
            ...ref(repeat),
          },
        ),
      );
    }
  }
  return findings;
}

/** Checklist 4: after 429/503 the client waits (at least Retry-After) before the next request for the same operation. */
export function judgeBackoff(items: readonly ClassifiedExchange[]): {
  findings: BilingualFinding[];
  provoked: number;
} {
  const findings: BilingualFinding[] = [];
  const api = items.filter((item) => item.operationId !== 'token');
  let provoked = 0;
  for (const [index, item] of api.entries()) {
    const status = item.exchange.status;
    if (status !== 429 && status !== 503) continue;
    provoked++;
    const retryAfter = parseRetryAfter(
      headerValue(item.exchange.response?.headers ?? {}, 'retry-after'),
      new Date(item.timeMs),
    );
    const minimum = (retryAfter ?? MIN_BACKOFF_SECONDS) * 1000;
    const next = api.slice(index + 1).find((later) => later.operationId === item.operationId);
    if (!next) continue;
    const waited = next.timeMs - item.timeMs;
    if (waited < minimum) {
      const operation = item.operationId ?? pathnameOf(item.exchange.url);
      findings.push(
        finding(
          retryAfter === undefined ? 'NO_BACKOFF' : 'RETRY_AFTER_IGNORED',
          {
            en: `After ${status} on ${operation} the client came back after ${seconds(waited)}${
              retryAfter === undefined ? '' : `, although Retry-After said ${retryAfter} s`
            }.`,
            nb: `Etter ${status} på ${operation} kom klienten tilbake etter ${sekunder(waited)}${
              retryAfter === undefined ? '' : `, selv om Retry-After sa ${retryAfter} s`
            }.`,
          },
          { expected: `wait at least ${seconds(minimum)}`, actual: seconds(waited), ...ref(next) },
        ),
      );
    }
  }
  return { findings, provoked };
}

/** Identifiers of the debtors (saksøkt) anywhere under a `saksoekt` key of a begjæring. */
export function debtorIdentifiers(begjaering: unknown): string[] {
  const found = new Set<string>();
  const collect = (value: unknown, inDebtor: boolean, depth: number): void => {
    if (depth > 40 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) collect(item, inDebtor, depth + 1);
      return;
    }
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const debtor = inDebtor || key === 'saksoekt' || key === 'skyldner';
      if (debtor && (key === 'verdi' || key === 'taxIdentificationNumber') && typeof item === 'string') found.add(item);
      else collect(item, debtor, depth + 1);
    }
  };
  collect(begjaering, false, 0);
  return [...found];
}

function lookupAnswer(item: ClassifiedExchange): string | undefined {
  const body = item.exchange.response?.body as { regelverk?: unknown } | undefined;
  return typeof body?.regelverk === 'string' ? body.regelverk : undefined;
}

/** Checklist 4 / Overgangsperioden: Betjeningskartet right before each new submission, and not otherwise. */
export function judgeBetjeningskartet(items: readonly ClassifiedExchange[]): BilingualFinding[] {
  const findings: BilingualFinding[] = [];
  const windowMs = BETJENINGSKARTET_MAX_AGE_SECONDS * 1000;
  const lookups = items.filter((item) => item.operationId === 'slaaOppRegelverk' && item.exchange.status === 200);
  const submissions = items.filter((item) => item.operationId === 'opprettBegjaering');
  const used = new Set<ClassifiedExchange>();
  for (const submission of submissions) {
    const debtors = debtorIdentifiers(submission.exchange.request.body);
    const lookup = [...lookups]
      .reverse()
      .find(
        (candidate) =>
          candidate.timeMs <= submission.timeMs &&
          submission.timeMs - candidate.timeMs <= windowMs &&
          debtors.every((id) => debtorIdentifiers(candidate.exchange.request.body).includes(id)),
      );
    if (lookup) {
      used.add(lookup);
      continue;
    }
    const minutes = BETJENINGSKARTET_MAX_AGE_SECONDS / 60;
    findings.push(
      finding(
        'BETJENINGSKARTET_NOT_CALLED',
        {
          en: `A new begjæring was submitted without a Betjeningskartet lookup for its debtors in the ${minutes} minutes before.`,
          nb: `En ny utleggsbegjæring ble sendt inn uten at saksøkte var slått opp i Betjeningskartet de siste ${minutes} minuttene før.`,
        },
        {
          expected: 'slaaOppRegelverk for every saksøkt right before opprettBegjaering',
          actual: { debtors },
          reference:
            'Utleggsbegjæring API, tab Overgangsperioden: call it immediately before submitting a new begjæring',
          ...ref(submission),
        },
      ),
    );
  }
  for (const lookup of lookups) {
    if (used.has(lookup) || lookupAnswer(lookup) !== 'nyttRegelverk') continue;
    const followed = submissions.some((s) => s.timeMs >= lookup.timeMs && s.timeMs - lookup.timeMs <= windowMs);
    if (!followed) {
      findings.push(
        finding(
          'BETJENINGSKARTET_NEEDLESS',
          {
            en: 'Betjeningskartet answered nyttRegelverk but no new begjæring followed: call it only right before a new submission.',
            nb: 'Betjeningskartet svarte nyttRegelverk, men ingen ny utleggsbegjæring fulgte: kall tjenesten bare rett før en ny innsending.',
          },
          { severity: 'warning', ...ref(lookup) },
        ),
      );
    }
  }
  return findings;
}

/** Checklist 4: status is not polled more often than MIN_POLL_INTERVAL_SECONDS (per case, and for the change feed). */
export function judgePolling(items: readonly ClassifiedExchange[]): BilingualFinding[] {
  const findings: BilingualFinding[] = [];
  const minimum = MIN_POLL_INTERVAL_SECONDS * 1000;
  const groups = new Map<string, ClassifiedExchange[]>();
  for (const item of items) {
    if (item.operationId === 'hentStatusPaaSak') {
      const key = `case:${item.pathParams['eksternSaksreferanse'] ?? item.exchange.url}`;
      groups.set(key, [...(groups.get(key) ?? []), item]);
    } else if (item.operationId === 'hentStatusendringer') {
      groups.set('feed', [...(groups.get('feed') ?? []), item]);
    }
  }
  for (const [key, polls] of groups) {
    for (let i = 1; i < polls.length; i++) {
      const gap = polls[i]!.timeMs - polls[i - 1]!.timeMs;
      if (gap < minimum) {
        findings.push(
          finding(
            'POLLING_TOO_FREQUENT',
            {
              en: `Status (${key === 'feed' ? 'change feed' : key.slice(5)}) was polled again after ${seconds(gap)}.`,
              nb: `Status på sak (${key === 'feed' ? 'endringsstrømmen' : key.slice(5)}) ble spurt om igjen etter ${sekunder(gap)}.`,
            },
            {
              expected: `at least ${MIN_POLL_INTERVAL_SECONDS} s between polls`,
              actual: seconds(gap),
              ...ref(polls[i]!),
            },
          ),
        );
      }
    }
  }
  return findings;
}

/** Kontrollutslag codes in 422 answers the client received. */
export function receivedKontrollutslag(
  items: readonly ClassifiedExchange[],
): Array<{ item: ClassifiedExchange; codes: string[] }> {
  return items
    .filter((item) => item.exchange.status === 422)
    .map((item) => {
      const body = item.exchange.response?.body as { kontrollutslag?: unknown } | undefined;
      const list = Array.isArray(body?.kontrollutslag) ? body.kontrollutslag : [];
      const codes = list
        .map((entry) => (entry !== null && typeof entry === 'object' ? (entry as { kode?: unknown }).kode : undefined))
        .filter((kode): kode is string => typeof kode === 'string');
      return { item, codes };
    });
}
