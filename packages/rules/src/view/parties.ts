import { appendPointer } from '@elan-kit/schemas';
import { type AddressView, readAddresses } from './address.js';
import { type IdentifierView, readIdentifier } from './identifier.js';
import { At, isObject, isPresent, type JsonObject, type Located, NONE, type Placed, textValue } from './node.js';

export type ActorKind = 'virksomhet' | 'person' | 'sammenslutning' | 'ukjent';

/** An Aktør: a virksomhet, a person or a sammenslutning, with its addresses. */
export interface ActorView {
  readonly sti: string;
  readonly kind: ActorKind;
  /** Organisation or sammenslutning name, or the person's full name. */
  readonly navn: string | undefined;
  readonly fornavn: string | undefined;
  readonly etternavn: string | undefined;
  readonly foedselsdato: string | undefined;
  readonly identifikator: IdentifierView | undefined;
  readonly virksomhetstype: string | undefined;
  readonly adresser: readonly AddressView[];
  /** What makes two party entries "the same party" (see `identityKey`), made on first use. */
  readonly identitet: string | undefined;
}

export type Rolle = 'saksoeker' | 'saksoekt' | 'innsender';

export interface BevillingshaverView {
  readonly sti: string;
  readonly navn: string | undefined;
}

export interface ProsessfullmektigView {
  readonly sti: string;
  readonly rolle: Rolle;
  readonly actor: ActorView | undefined;
  readonly bevillingshaver: BevillingshaverView | undefined;
  readonly fullmakt: Located<JsonObject> | undefined;
}

/** One element of `saksoeker[]` / `saksoekt[]`, or the root `innsender`. */
export interface PartyView {
  readonly sti: string;
  readonly index: number;
  readonly rolle: Rolle;
  readonly actor: ActorView | undefined;
  readonly prosessfullmektig: ProsessfullmektigView | undefined;
}

function looksLikeActor(object: JsonObject): boolean {
  return isPresent(object['virksomhet']) || isPresent(object['person']) || isPresent(object['sammenslutning']);
}

interface NameParts {
  readonly fornavn: string | undefined;
  readonly etternavn: string | undefined;
  readonly navn: string | undefined;
}

function readNameParts(holder: JsonObject): NameParts {
  const fornavn = textValue(holder['fornavn']);
  const mellomnavn = textValue(holder['mellomnavn']);
  const etternavn = textValue(holder['etternavn']);
  let navn = fornavn;
  if (mellomnavn !== undefined) navn = navn === undefined ? mellomnavn : `${navn} ${mellomnavn}`;
  if (etternavn !== undefined) navn = navn === undefined ? etternavn : `${navn} ${etternavn}`;
  return { fornavn, etternavn, navn };
}

/** Personnavn `{fornavn, mellomnavn, etternavn}` (V0.9+) or the flat V0-23 fields; a plain text name is taken whole. */
function readPersonName(person: JsonObject): NameParts {
  const personnavn = person['personnavn'];
  const navn = person['navn'];
  const text = isPresent(personnavn) ? personnavn : navn;
  if (typeof text === 'string') return { fornavn: undefined, etternavn: undefined, navn: text.trim() || undefined };
  if (isObject(personnavn)) return readNameParts(personnavn);
  return readNameParts(isObject(navn) ? navn : person);
}

class Actor implements ActorView, Located<JsonObject> {
  readonly value: JsonObject;
  readonly #parent: Placed;
  readonly #key: string | undefined;
  #sti: string | undefined;
  readonly kind: ActorKind;
  readonly navn: string | undefined;
  readonly fornavn: string | undefined;
  readonly etternavn: string | undefined;
  readonly foedselsdato: string | undefined;
  readonly identifikator: IdentifierView | undefined;
  readonly virksomhetstype: string | undefined;
  readonly adresser: readonly AddressView[];
  #identitet: string | undefined | null = null;

  /** `object` is read from `parent` under `key` (no key: it is the parent itself, read as an actor). */
  constructor(object: JsonObject, parent: Placed, key: string | undefined) {
    this.value = object;
    this.#parent = parent;
    this.#key = key;
    this.adresser = readAddresses(this);
    const virksomhet = object['virksomhet'];
    const organisation = isObject(virksomhet) ? virksomhet : undefined;
    const person = organisation ? undefined : object['person'];
    const sammenslutning = organisation || isObject(person) ? undefined : object['sammenslutning'];
    if (organisation || isObject(sammenslutning)) {
      const name = organisation ? 'virksomhet' : 'sammenslutning';
      const holder = (organisation ?? sammenslutning) as JsonObject;
      this.kind = name;
      this.navn = textValue(holder['navn']);
      this.fornavn = undefined;
      this.etternavn = undefined;
      this.foedselsdato = undefined;
      this.identifikator = readIdentifier(holder['identifikator'], new At(holder, this, name), 'identifikator');
      this.virksomhetstype = textValue(holder['virksomhetstype']);
    } else if (isObject(person)) {
      const parts = readPersonName(person);
      this.kind = 'person';
      this.navn = parts.navn;
      this.fornavn = parts.fornavn;
      this.etternavn = parts.etternavn;
      this.foedselsdato = textValue(person['foedselsdato']);
      this.identifikator = readIdentifier(person['identifikator'], new At(person, this, 'person'), 'identifikator');
      this.virksomhetstype = undefined;
    } else {
      this.kind = 'ukjent';
      this.navn = undefined;
      this.fornavn = undefined;
      this.etternavn = undefined;
      this.foedselsdato = undefined;
      this.identifikator = undefined;
      this.virksomhetstype = undefined;
    }
  }

  get sti(): string {
    this.#sti ??= this.#key === undefined ? this.#parent.sti : appendPointer(this.#parent.sti, this.#key);
    return this.#sti;
  }

  get identitet(): string | undefined {
    if (this.#identitet === null) this.#identitet = identityOf(this);
    return this.#identitet;
  }
}

/**
 * The actor of a role element: from 0.9 on the element wraps it under the role's own name
 * (`{ saksoeker: Aktør, … }`); earlier models put the actor fields on the element itself.
 */
function actorOfRole(element: Located<JsonObject>, wrapped: unknown, wrapperName: string): ActorView | undefined {
  if (isObject(wrapped)) return new Actor(wrapped, element, wrapperName);
  return looksLikeActor(element.value) ? new Actor(element.value, element, undefined) : undefined;
}

class Bevillingshaver implements BevillingshaverView {
  readonly #at: Located;
  readonly navn: string | undefined;

  constructor(at: Located, navn: string | undefined) {
    this.#at = at;
    this.navn = navn;
  }

  get sti(): string {
    return this.#at.sti;
  }
}

function readBevillingshaver(holder: Located<JsonObject>): BevillingshaverView | undefined {
  const current = holder.value['bevillingshaver'];
  const legacy = holder.value['erBevillingshaver'];
  const key = isPresent(current) ? 'bevillingshaver' : 'erBevillingshaver';
  const value = isPresent(current) ? current : legacy;
  if (!isPresent(value)) return undefined;
  if (typeof value === 'string') return new Bevillingshaver(new At(value, holder, key), value.trim() || undefined);
  if (isObject(current)) {
    return new Bevillingshaver(new At(current, holder, 'bevillingshaver'), readPersonName(current).navn);
  }
  if (isObject(legacy)) {
    return new Bevillingshaver(new At(legacy, holder, 'erBevillingshaver'), readPersonName(legacy).navn);
  }
  return new Bevillingshaver(new At(value, holder, key), undefined);
}

class Prosessfullmektig implements ProsessfullmektigView {
  readonly #at: Located<JsonObject>;
  readonly rolle: Rolle;
  readonly actor: ActorView | undefined;
  readonly bevillingshaver: BevillingshaverView | undefined;
  readonly fullmakt: Located<JsonObject> | undefined;

  constructor(at: Located<JsonObject>, rolle: Rolle) {
    this.#at = at;
    this.rolle = rolle;
    const holder = at.value;
    this.actor = actorOfRole(at, holder['prosessfullmektig'], 'prosessfullmektig');
    this.bevillingshaver = readBevillingshaver(at);
    const fullmakt = holder['fullmakt'];
    this.fullmakt = isObject(fullmakt) ? new At(fullmakt, at, 'fullmakt') : undefined;
  }

  get sti(): string {
    return this.#at.sti;
  }
}

/**
 * The prosessfullmektig of a role element. V1.0 renamed the property per role (information-model.md §5.1); 0.9
 * and the examples use `prosessfullmektig`. One read per name keeps each read monomorphic.
 */
function readProsessfullmektig(element: Located<JsonObject>, rolle: Rolle): ProsessfullmektigView | undefined {
  const value = element.value;
  let name: string;
  let current: unknown;
  if (rolle === 'saksoeker') {
    name = 'saksoekersProsessfullmektig';
    current = value['saksoekersProsessfullmektig'];
  } else if (rolle === 'saksoekt') {
    name = 'saksoektesProsessfullmektig';
    current = value['saksoektesProsessfullmektig'];
  } else {
    name = 'innsendersProsessfullmektig';
    current = value['innsendersProsessfullmektig'];
  }
  if (isObject(current)) return new Prosessfullmektig(new At(current, element, name), rolle);
  const legacy = value['prosessfullmektig'];
  return isObject(legacy) ? new Prosessfullmektig(new At(legacy, element, 'prosessfullmektig'), rolle) : undefined;
}

/** The actor wrapper of a role element: the member named after the role. */
function wrappedActorOf(element: JsonObject, rolle: Rolle): unknown {
  if (rolle === 'saksoeker') return element['saksoeker'];
  return rolle === 'saksoekt' ? element['saksoekt'] : element['innsender'];
}

class Party implements PartyView, Located<JsonObject> {
  readonly value: JsonObject;
  readonly #parent: Placed;
  readonly #key: string | number;
  #sti: string | undefined;
  readonly rolle: Rolle;
  readonly index: number;
  readonly actor: ActorView | undefined;
  readonly prosessfullmektig: ProsessfullmektigView | undefined;

  /** `element` is read from `parent` under `key`. */
  constructor(element: JsonObject, parent: Placed, key: string | number, rolle: Rolle, index: number) {
    this.value = element;
    this.#parent = parent;
    this.#key = key;
    this.rolle = rolle;
    this.index = index;
    this.actor = actorOfRole(this, wrappedActorOf(element, rolle), rolle);
    this.prosessfullmektig = readProsessfullmektig(this, rolle);
  }

  get sti(): string {
    this.#sti ??= appendPointer(this.#parent.sti, this.#key);
    return this.#sti;
  }
}

/** The root `innsender` role, when it is an object. */
export function readInnsender(root: Located<JsonObject>): PartyView | undefined {
  const element = root.value['innsender'];
  return isObject(element) ? new Party(element, root, 'innsender', 'innsender', 0) : undefined;
}

/** The elements of the root `saksoeker` or `saksoekt` list (a single object counts as a list of one). */
export function readParties(root: Located<JsonObject>, rolle: 'saksoeker' | 'saksoekt'): readonly PartyView[] {
  const value = rolle === 'saksoeker' ? root.value['saksoeker'] : root.value['saksoekt'];
  if (!Array.isArray(value)) return isObject(value) ? [new Party(value, root, rolle, rolle, 0)] : NONE;
  const list = new At(value, root, rolle);
  const out: PartyView[] = [];
  for (let i = 0; i < value.length; i++) {
    const element: unknown = value[i];
    // The index counts the objects only: "nr. 2" in a message is the second party, whatever else the list holds.
    if (isObject(element)) out.push(new Party(element, list, i, rolle, out.length));
  }
  return out;
}

/** How a party is named in messages: its name, else its identifier, else its position. */
export function displayName(party: PartyView | ProsessfullmektigView, fallback: string): string {
  return party.actor?.navn ?? party.actor?.identifikator?.verdi ?? fallback;
}

/**
 * What makes two party entries "the same party": the identifier when given, otherwise the person's name with
 * birth date, otherwise the name (information-model.md gives no rule; see assumptions.ts).
 */
function identityOf(actor: ActorView): string | undefined {
  if (actor.identifikator) return `id:${actor.identifikator.key}`;
  if (actor.kind === 'person' && actor.navn && actor.foedselsdato) {
    return `person:${actor.navn.toLowerCase()}|${actor.foedselsdato}`;
  }
  if (actor.navn && actor.kind !== 'person') return `navn:${actor.navn.toLowerCase()}`;
  return undefined;
}

/** The identity of a party entry's actor (ASSUMPTION party-identity), `undefined` when it has none. */
export function identityKey(actor: ActorView | undefined): string | undefined {
  return actor?.identitet;
}
