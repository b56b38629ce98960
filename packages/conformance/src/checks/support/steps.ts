import type { Finding } from '@elan-kit/schemas';
import type { HttpResponse } from '../../http/http-client.js';
import { describeAnswer } from './problem.js';

/** A finding when a step did not answer one of the expected statuses. */
export function expectStatus(step: string, response: HttpResponse, expected: readonly number[]): Finding | undefined {
  if (expected.includes(response.status)) return undefined;
  return {
    code: 'UNEXPECTED_STATUS',
    message: `${step}: answered ${describeAnswer(response)}, expected ${expected.join(' or ')}.`,
    expected: expected.length === 1 ? expected[0] : expected,
    actual: response.status,
    exchangeId: response.exchange.id,
  };
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
