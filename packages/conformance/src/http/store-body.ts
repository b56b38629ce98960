import { redactValue } from '@elan-kit/schemas';

export interface StoredBody {
  readonly body?: unknown;
  readonly bodyTruncated?: boolean;
}

/** Redacts, then cuts a body whose JSON form exceeds `limit` characters (keeping a readable prefix). */
export function storeBody(body: unknown, limit: number): StoredBody {
  if (body === undefined) return {};
  const redacted = redactValue(body);
  const serialized = typeof redacted === 'string' ? redacted : JSON.stringify(redacted);
  if (serialized === undefined || serialized.length <= limit) return { body: redacted };
  return { body: `${serialized.slice(0, limit)}…`, bodyTruncated: true };
}
