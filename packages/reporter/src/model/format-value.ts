import type { Formatter } from '../i18n/format.js';

/** A finding's `expected`/`actual` value as short text: strings as they are, numbers localized, the rest as JSON. */
export function formatFindingValue(value: unknown, fmt: Formatter): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? fmt.number(value) : String(value);
  return JSON.stringify(value) ?? String(value);
}

/** An HTTP body as display text: strings unchanged, JSON pretty-printed. */
export function formatBody(body: unknown): string {
  if (body === undefined) return '';
  if (typeof body === 'string') return body;
  return JSON.stringify(body, null, 2) ?? String(body);
}
