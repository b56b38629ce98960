import { isDigitsOfLength } from './digits.js';
import { isRecord } from './json-pointer.js';

/** The actor of a role element: the member named after the role (model 0.9 and later), else the element itself. */
function actorOf(element: unknown, role: string): Record<string, unknown> | undefined {
  if (!isRecord(element)) return undefined;
  const wrapped = element[role];
  return isRecord(wrapped) ? wrapped : element;
}

/** The identifier text of an actor (`virksomhet`, `person` or `sammenslutning`), variant A or B, trimmed. */
function actorIdentifier(actor: Record<string, unknown>): string | undefined {
  const holder = [actor['virksomhet'], actor['person'], actor['sammenslutning']].find(isRecord) ?? actor;
  const identifikator = holder['identifikator'];
  if (!isRecord(identifikator)) return undefined;
  const value = identifikator['verdi'] ?? identifikator['taxIdentificationNumber'];
  return typeof value === 'string' ? value.replace(/\s/g, '') : undefined;
}

/**
 * The innsender's organisasjonsnummer as the document states it (A-PRIM-INNSENDER): nine digits, check digits
 * not judged (that is the vilkår's job). `undefined` when the document names no such innsender.
 */
export function innsenderOrgnr(document: unknown): string | undefined {
  if (!isRecord(document)) return undefined;
  const actor = actorOf(document['innsender'], 'innsender');
  const value = actor === undefined ? undefined : actorIdentifier(actor);
  return value !== undefined && isDigitsOfLength(value, 9) ? value : undefined;
}
