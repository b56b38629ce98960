import type { IncomingHttpHeaders } from 'node:http';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export interface HeaderError {
  readonly pointer: string;
  readonly message: string;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The three headers every ELAN operation requires (information-model.md §13.1). Node lower-cases header
 * names, so any casing the client sends is accepted.
 */
export function checkElanHeaders(headers: IncomingHttpHeaders): HeaderError[] {
  const errors: HeaderError[] = [];
  const klientid = single(headers.klientid);
  if (klientid === undefined || klientid.trim() === '') {
    errors.push({ pointer: '/headers/Klientid', message: 'The Klientid header is required.' });
  }
  for (const name of ['Korrelasjonsid', 'Meldingsid'] as const) {
    const value = single(headers[name.toLowerCase()]);
    if (value === undefined) errors.push({ pointer: `/headers/${name}`, message: `The ${name} header is required.` });
    else if (!isUuid(value))
      errors.push({ pointer: `/headers/${name}`, message: `The ${name} header must be a UUID.` });
  }
  return errors;
}

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  return single(headers[name]);
}
