import { type AddressView, readAddresses } from './address.js';
import { type IdentifierView, readIdentifier } from './identifier.js';
import { At, field, type JsonObject, type Located, objectField, objectsOf, textField, textValue } from './node.js';

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

const ACTOR_KINDS = ['virksomhet', 'person', 'sammenslutning'] as const;

function looksLikeActor(object: Located<JsonObject>): boolean {
  for (const kind of ACTOR_KINDS) if (object.value[kind] !== undefined && object.value[kind] !== null) return true;
  return false;
}

interface NameParts {
  readonly fornavn?: string | undefined;
  readonly etternavn?: string | undefined;
  readonly navn?: string | undefined;
}

function readNameParts(holder: Located<JsonObject>): NameParts {
  const fornavn = textValue(holder.value['fornavn']);
  const mellomnavn = textValue(holder.value['mellomnavn']);
  const etternavn = textValue(holder.value['etternavn']);
  let navn = fornavn;
  if (mellomnavn !== undefined) navn = navn === undefined ? mellomnavn : `${navn} ${mellomnavn}`;
  if (etternavn !== undefined) navn = navn === undefined ? etternavn : `${navn} ${etternavn}`;
  return { fornavn, etternavn, navn };
}

/** Personnavn `{fornavn, mellomnavn, etternavn}` (V0.9+) or the flat V0-23 fields; a plain text name is taken whole. */
function readPersonName(person: Located<JsonObject>): NameParts {
  const text = field(person, 'personnavn', 'navn');
  if (text && typeof text.value === 'string') return { navn: text.value.trim() || undefined };
  return readNameParts(objectField(person, 'personnavn', 'navn') ?? person);
}

class Actor extends At implements ActorView {
  readonly kind: ActorKind;
  readonly navn: string | undefined;
  readonly fornavn: string | undefined;
  readonly etternavn: string | undefined;
  readonly foedselsdato: string | undefined;
  readonly identifikator: IdentifierView | undefined;
  readonly virksomhetstype: string | undefined;
  readonly adresser: readonly AddressView[];

  constructor(object: Located<JsonObject>) {
    super(object);
    const virksomhet = objectField(object, 'virksomhet');
    const person = virksomhet ? undefined : objectField(object, 'person');
    const sammenslutning = virksomhet || person ? undefined : objectField(object, 'sammenslutning');
    this.adresser = readAddresses(object);
    const organisation = virksomhet ?? sammenslutning;
    if (organisation) {
      this.kind = virksomhet ? 'virksomhet' : 'sammenslutning';
      this.navn = textField(organisation, 'navn')?.value;
      this.identifikator = readIdentifier(field(organisation, 'identifikator'));
      this.virksomhetstype = textField(organisation, 'virksomhetstype')?.value;
    } else if (person) {
      const name = readPersonName(person);
      this.kind = 'person';
      this.navn = name.navn;
      this.fornavn = name.fornavn;
      this.etternavn = name.etternavn;
      this.foedselsdato = textField(person, 'foedselsdato')?.value;
      this.identifikator = readIdentifier(field(person, 'identifikator'));
    } else {
      this.kind = 'ukjent';
    }
  }
}

export function readActor(object: Located<JsonObject>): ActorView {
  return new Actor(object);
}

/**
 * The actor of a role element: from 0.9 on the element wraps it under the role's own name
 * (`{ saksoeker: Aktør, … }`); earlier models put the actor fields on the element itself.
 */
function actorOfRole(element: Located<JsonObject>, wrapperName: string): ActorView | undefined {
  const wrapped = objectField(element, wrapperName);
  if (wrapped) return readActor(wrapped);
  return looksLikeActor(element) ? readActor(element) : undefined;
}

class Bevillingshaver extends At implements BevillingshaverView {
  constructor(
    at: Located,
    readonly navn: string | undefined,
  ) {
    super(at);
  }
}

function readBevillingshaver(holder: Located<JsonObject>): BevillingshaverView | undefined {
  const located = field(holder, 'bevillingshaver', 'erBevillingshaver');
  if (!located) return undefined;
  if (typeof located.value === 'string') return new Bevillingshaver(located, located.value.trim() || undefined);
  const object = objectField(holder, 'bevillingshaver', 'erBevillingshaver');
  return object ? new Bevillingshaver(object, readPersonName(object).navn) : new Bevillingshaver(located, undefined);
}

const PROSESSFULLMEKTIG_NAMES: Record<Rolle, readonly [string, string]> = {
  // V1.0 renamed the property per role (information-model.md §5.1); 0.9 and the examples use `prosessfullmektig`.
  saksoeker: ['saksoekersProsessfullmektig', 'prosessfullmektig'],
  innsender: ['innsendersProsessfullmektig', 'prosessfullmektig'],
  saksoekt: ['saksoektesProsessfullmektig', 'prosessfullmektig'],
};

class Prosessfullmektig extends At implements ProsessfullmektigView {
  readonly actor: ActorView | undefined;
  readonly bevillingshaver: BevillingshaverView | undefined;
  readonly fullmakt: Located<JsonObject> | undefined;

  constructor(
    holder: Located<JsonObject>,
    readonly rolle: Rolle,
  ) {
    super(holder);
    this.actor = actorOfRole(holder, 'prosessfullmektig');
    this.bevillingshaver = readBevillingshaver(holder);
    this.fullmakt = objectField(holder, 'fullmakt');
  }
}

function readProsessfullmektig(element: Located<JsonObject>, rolle: Rolle): ProsessfullmektigView | undefined {
  const [current, legacy] = PROSESSFULLMEKTIG_NAMES[rolle];
  const holder = objectField(element, current, legacy);
  return holder ? new Prosessfullmektig(holder, rolle) : undefined;
}

class Party extends At implements PartyView {
  readonly actor: ActorView | undefined;
  readonly prosessfullmektig: ProsessfullmektigView | undefined;

  constructor(
    element: Located<JsonObject>,
    readonly rolle: Rolle,
    readonly index: number,
  ) {
    super(element);
    this.actor = actorOfRole(element, rolle);
    this.prosessfullmektig = readProsessfullmektig(element, rolle);
  }
}

export function readParty(element: Located<JsonObject>, rolle: Rolle, index: number): PartyView {
  return new Party(element, rolle, index);
}

export function readParties(root: Located<JsonObject>, rolle: 'saksoeker' | 'saksoekt'): PartyView[] {
  return objectsOf(field(root, rolle)).map((element, index) => readParty(element, rolle, index));
}

/** How a party is named in messages: its name, else its identifier, else its position. */
export function displayName(party: PartyView | ProsessfullmektigView, fallback: string): string {
  return party.actor?.navn ?? party.actor?.identifikator?.verdi ?? fallback;
}

/**
 * What makes two party entries "the same party": the identifier when given, otherwise the person's name with
 * birth date, otherwise the name (information-model.md gives no rule; see assumptions.ts).
 */
export function identityKey(actor: ActorView | undefined): string | undefined {
  if (!actor) return undefined;
  if (actor.identifikator) return `id:${actor.identifikator.key}`;
  if (actor.kind === 'person' && actor.navn && actor.foedselsdato) {
    return `person:${actor.navn.toLowerCase()}|${actor.foedselsdato}`;
  }
  if (actor.navn && actor.kind !== 'person') return `navn:${actor.navn.toLowerCase()}`;
  return undefined;
}
