import { type BilingualFinding, type FindingText, finding } from '../../engine/finding.js';
import type { HttpResponse } from '../../http/http-client.js';
import { describeAnswer } from './problem.js';

/** A finding when a step did not answer one of the expected statuses. */
export function expectStatus(
  step: FindingText,
  response: HttpResponse,
  expected: readonly number[],
): BilingualFinding | undefined {
  if (expected.includes(response.status)) return undefined;
  return finding(
    'UNEXPECTED_STATUS',
    {
      en: `${step.en}: answered ${describeAnswer(response)}, expected ${expected.join(' or ')}.`,
      nb: `${step.nb}: svarte ${describeAnswer(response, 'nb')}, forventet ${expected.join(' eller ')}.`,
    },
    {
      expected: expected.length === 1 ? expected[0] : expected,
      actual: response.status,
      exchangeId: response.exchange.id,
    },
  );
}

export function stringField(body: unknown, name: string): string | undefined {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** The combined regime of a Betjeningskartet answer and the one given for `identifier`. */
export function regelverkOf(body: unknown, identifier: string): { combined?: string; forDebtor?: string } {
  const record = (body ?? {}) as { regelverk?: unknown; skyldner?: unknown };
  const list = Array.isArray(record.skyldner) ? record.skyldner : [];
  const entry = list.find((item) => JSON.stringify(item).includes(`"${identifier}"`)) as
    | { regelverk?: unknown }
    | undefined;
  return {
    ...(typeof record.regelverk === 'string' ? { combined: record.regelverk } : {}),
    ...(typeof entry?.regelverk === 'string' ? { forDebtor: entry.regelverk } : {}),
  };
}
