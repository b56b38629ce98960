/**
 * Reading the few fields the simulator itself needs (references, parties, claims) from a begjæring of any
 * model version, tolerating every published variant (information-model.md §3.1, §5, §7, §19). Never throws:
 * a client may send anything.
 */

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

/** The identifier's value for variant A (`verdi`) or B (`taxIdentificationNumber` / `annenOffisiellIdentifikator`). */
export function identifierValue(identifier: unknown): string | undefined {
  if (!isObject(identifier)) return undefined;
  return (
    text(identifier.verdi) ?? text(identifier.taxIdentificationNumber) ?? text(identifier.annenOffisiellIdentifikator)
  );
}

export interface DocumentParty {
  /** The identifier object as the client sent it (variant A or B). */
  readonly identifikator: Json | undefined;
  readonly identifier: string | undefined;
  readonly navn: string | undefined;
}

function actorOf(element: unknown, role: string): Json | undefined {
  if (!isObject(element)) return undefined;
  // 0.9+: a role wrapper holding the actor under the role's name; older models: the actor itself.
  return isObject(element[role]) ? (element[role] as Json) : element;
}

function personName(person: Json): string | undefined {
  const name = isObject(person.personnavn) ? person.personnavn : person;
  const parts = [text(name.fornavn), text(name.mellomnavn), text(name.etternavn)].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

export function readParty(actor: Json | undefined): DocumentParty {
  if (!actor) return { identifikator: undefined, identifier: undefined, navn: undefined };
  const holder = [actor.virksomhet, actor.person, actor.sammenslutning].find(isObject) ?? actor;
  const identifikator = isObject(holder.identifikator) ? holder.identifikator : undefined;
  const navn = text(holder.navn) ?? personName(holder);
  return { identifikator, identifier: identifierValue(identifikator), navn };
}

export function readParties(document: unknown, role: 'saksoeker' | 'saksoekt'): DocumentParty[] {
  if (!isObject(document)) return [];
  return list(document[role]).map((element) => readParty(actorOf(element, role)));
}

export function readText(document: unknown, field: string): string | undefined {
  return isObject(document) ? text(document[field]) : undefined;
}

export interface DocumentClaim {
  readonly innsendersKravreferanse: string;
  readonly kravdetaljer: string | undefined;
  readonly opprinneligBeloep: Json | undefined;
  readonly gjenstaaendeBeloep: Json | undefined;
  readonly kravgrunnlagsidentifikator: string | undefined;
}

/** Claims of a begjæring (`kravTilInnkreving`, or the 2023 `hovedkrav`); 0.9's `kravreferanse` is read as well. */
export function readClaims(document: unknown): DocumentClaim[] {
  if (!isObject(document)) return [];
  const claims = Array.isArray(document.kravTilInnkreving) ? document.kravTilInnkreving : list(document.hovedkrav);
  return claims.filter(isObject).map((claim, index) => ({
    innsendersKravreferanse: text(claim.innsendersKravreferanse) ?? text(claim.kravreferanse) ?? `krav-${index + 1}`,
    kravdetaljer: text(claim.kravdetaljer),
    opprinneligBeloep: isObject(claim.opprinneligBeloep) ? claim.opprinneligBeloep : undefined,
    gjenstaaendeBeloep: isObject(claim.gjenstaaendeBeloep) ? claim.gjenstaaendeBeloep : undefined,
    kravgrunnlagsidentifikator: text(claim.kravgrunnlagsidentifikator),
  }));
}

/** The amount of a BeløpValuta, or 0. */
export function amountOf(value: Json | undefined): number {
  const amount = value?.beloep;
  return typeof amount === 'number' && Number.isFinite(amount) ? amount : 0;
}
