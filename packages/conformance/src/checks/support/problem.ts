import type { Finding } from '@elan-kit/schemas';
import { headerValue } from '../../http/elan-headers.js';
import type { HttpResponse } from '../../http/http-client.js';

/** The kontrollutslag codes of a 422 answer, in order. */
export function kontrollutslagCodes(body: unknown): string[] {
  const list = (body as { kontrollutslag?: unknown } | undefined)?.kontrollutslag;
  if (!Array.isArray(list)) return [];
  return list
    .map((entry) => (entry !== null && typeof entry === 'object' ? (entry as { kode?: unknown }).kode : undefined))
    .filter((kode): kode is string => typeof kode === 'string');
}

/** Findings when an error answer does not echo the request's Korrelasjonsid in its body. */
export function checkKorrelasjonsidEchoed(
  response: Pick<HttpResponse, 'status' | 'body' | 'exchange'>,
  what: string,
): Finding[] {
  const sent = response.exchange.korrelasjonsid;
  const echoed = (response.body as { korrelasjonsid?: unknown } | undefined)?.korrelasjonsid;
  if (sent !== undefined && echoed === sent) return [];
  return [
    {
      code: echoed === undefined ? 'KORRELASJONSID_MISSING' : 'KORRELASJONSID_WRONG',
      message: `${what}: the ${response.status} answer ${echoed === undefined ? 'has no korrelasjonsid' : `carries korrelasjonsid ${String(echoed)}`}; it must echo the request's Korrelasjonsid ${sent}.`,
      expected: sent,
      actual: echoed,
      pointer: '/korrelasjonsid',
      reference:
        'interfaces.md: error bodies always carry korrelasjonsid (echoed from the request); information-model.md §13.1',
      exchangeId: response.exchange.id,
    },
  ];
}

/** A one-line description of an answer for messages: `422 [MANGLER_KRAV]`, `204`, `500 (KB-001)`. */
export function describeAnswer(response: HttpResponse): string {
  const codes = kontrollutslagCodes(response.body);
  const feilkode = (response.body as { feilkode?: unknown } | undefined)?.feilkode;
  const list = codes.length ? ` [${codes.join(', ')}]` : response.status === 422 ? ' without kontrollutslag' : '';
  return `${response.status}${list}${typeof feilkode === 'string' ? ` (${feilkode})` : ''}`;
}

export function isProblemContentType(response: HttpResponse): boolean {
  return /^application\/problem\+json/i.test(headerValue(response.headers, 'content-type') ?? '');
}
