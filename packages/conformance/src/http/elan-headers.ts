import { randomUUID } from 'node:crypto';

/** The three headers every ELAN operation requires (information-model.md §13.1). */
export interface ElanHeaders {
  readonly Klientid: string;
  readonly Korrelasjonsid: string;
  readonly Meldingsid: string;
}

export function createElanHeaders(klientid: string): ElanHeaders {
  return { Klientid: klientid, Korrelasjonsid: randomUUID(), Meldingsid: randomUUID() };
}

/** Case-insensitive header lookup (HTTP header names are case-insensitive). */
export function headerValue(headers: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === lower) return value;
  return undefined;
}
