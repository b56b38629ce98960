import { type BilingualFinding, type FindingText, finding } from '../../engine/finding.js';
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
  what: FindingText,
): BilingualFinding[] {
  const sent = response.exchange.korrelasjonsid;
  const echoed = (response.body as { korrelasjonsid?: unknown } | undefined)?.korrelasjonsid;
  if (sent !== undefined && echoed === sent) return [];
  return [
    finding(
      echoed === undefined ? 'KORRELASJONSID_MISSING' : 'KORRELASJONSID_WRONG',
      {
        en: `${what.en}: the ${response.status} answer ${echoed === undefined ? 'has no korrelasjonsid' : `carries korrelasjonsid ${String(echoed)}`}; it must echo the request's Korrelasjonsid ${sent}.`,
        nb: `${what.nb}: ${response.status}-svaret ${echoed === undefined ? 'har ingen korrelasjonsid' : `har korrelasjonsid ${String(echoed)}`}; det skal gjenta forespørselens Korrelasjonsid ${sent}.`,
      },
      {
        expected: sent,
        actual: echoed,
        pointer: '/korrelasjonsid',
        reference: 'Skatteetaten, Utleggsbegjæring API: feilsvar har korrelasjonsid (antakelse A-KONTRAKT-FEILSVAR)',
        exchangeId: response.exchange.id,
      },
    ),
  ];
}

/** A one-line description of an answer for messages: `422 [MANGLER_KRAV]`, `204`, `500 (KB-001)`. */
export function describeAnswer(response: HttpResponse, lang: 'en' | 'nb' = 'en'): string {
  const codes = kontrollutslagCodes(response.body);
  const feilkode = (response.body as { feilkode?: unknown } | undefined)?.feilkode;
  const without = lang === 'nb' ? ' uten kontrollutslag' : ' without kontrollutslag';
  const list = codes.length ? ` [${codes.join(', ')}]` : response.status === 422 ? without : '';
  return `${response.status}${list}${typeof feilkode === 'string' ? ` (${feilkode})` : ''}`;
}

export function isProblemContentType(response: HttpResponse): boolean {
  return /^application\/problem\+json/i.test(headerValue(response.headers, 'content-type') ?? '');
}
