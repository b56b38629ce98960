import { type AddressView, readAddresses } from './address.js';
import { type IdentifierView, readIdentifier } from './identifier.js';
import { field, type JsonObject, type Located, objectField, objectsOf, textField } from './node.js';

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
  return ACTOR_KINDS.some((kind) => object.value[kind] !== undefined && object.value[kind] !== null);
}

interface NameParts {
  readonly fornavn?: string | undefined;
  readonly etternavn?: string | undefined;
  readonly navn?: string | undefined;
}

function readNameParts(holder: Located<JsonObject>): NameParts {
  const fornavn = textField(holder, 'fornavn')?.value;
  const mellomnavn = textField(holder, 'mellomnavn')?.value;
  const etternavn = textField(holder, 'etternavn')?.value;
  const parts = [fornavn, mellomnavn, etternavn].filter((part): part is string => part !== undefined);
  return { fornavn, etternavn, navn: parts.length > 0 ? parts.join(' ') : undefined };
}

/** Personnavn `{fornavn, mellomnavn, etternavn}` (V0.9+) or the flat V0-23 fields; a plain text name is taken whole. */
function readPersonName(person: Located<JsonObject>): NameParts {
  const text = field(person, 'personnavn', 'navn');
  if (text && typeof text.value === 'string') return { navn: text.value.trim() || undefined };
  return readNameParts(objectField(person, 'personnavn', 'navn') ?? person);
}

export function readActor(object: Located<JsonObject>): ActorView {
  const virksomhet = objectField(object, 'virksomhet');
  const person = virksomhet ? undefined : objectField(object, 'person');
  const sammenslutning = virksomhet || person ? undefined : objectField(object, 'sammenslutning');
  const adresser = readAddresses(object);
  if (virksomhet || sammenslutning) {
    const holder = (virksomhet ?? sammenslutning) as Located<JsonObject>;
    return {
      sti: object.sti,
      kind: virksomhet ? 'virksomhet' : 'sammenslutning',
      navn: textField(holder, 'navn')?.value,
      fornavn: undefined,
      etternavn: undefined,
      foedselsdato: undefined,
      identifikator: readIdentifier(field(holder, 'identifikator')),
      virksomhetstype: textField(holder, 'virksomhetstype')?.value,
      adresser,
    };
  }
  if (person) {
    const name = readPersonName(person);
    return {
      sti: object.sti,
      kind: 'person',
      navn: name.navn,
      fornavn: name.fornavn,
      etternavn: name.etternavn,
      foedselsdato: textField(person, 'foedselsdato')?.value,
      identifikator: readIdentifier(field(person, 'identifikator')),
      virksomhetstype: undefined,
      adresser,
    };
  }
  return {
    sti: object.sti,
    kind: 'ukjent',
    navn: undefined,
    fornavn: undefined,
    etternavn: undefined,
    foedselsdato: undefined,
    identifikator: undefined,
    virksomhetstype: undefined,
    adresser,
  };
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

function readBevillingshaver(holder: Located<JsonObject>): BevillingshaverView | undefined {
  const located = field(holder, 'bevillingshaver', 'erBevillingshaver');
  if (!located) return undefined;
  if (typeof located.value === 'string') {
    const navn = located.value.trim();
    return {
      sti: located.sti,
      navn: navn || undefined,
    };
  }
  const object = objectField(holder, 'bevillingshaver', 'erBevillingshaver');
  if (!object) {
    return {
      sti: located.sti,
      navn: undefined,
    };
  }
  return {
    sti: object.sti,
    navn: readPersonName(object).navn,
  };
}

const PROSESSFULLMEKTIG_NAMES: Record<Rolle, readonly [string, string]> = {
  // V1.0 renamed the property per role (information-model.md §5.1); 0.9 and the examples use `prosessfullmektig`.
  saksoeker: ['saksoekersProsessfullmektig', 'prosessfullmektig'],
  innsender: ['innsendersProsessfullmektig', 'prosessfullmektig'],
  saksoekt: ['saksoektesProsessfullmektig', 'prosessfullmektig'],
};

function readProsessfullmektig(element: Located<JsonObject>, rolle: Rolle): ProsessfullmektigView | undefined {
  const [current, legacy] = PROSESSFULLMEKTIG_NAMES[rolle];
  const holder = objectField(element, current, legacy);
  if (!holder) return undefined;
  return {
    sti: holder.sti,
    rolle,
    actor: actorOfRole(holder, 'prosessfullmektig'),
    bevillingshaver: readBevillingshaver(holder),
    fullmakt: objectField(holder, 'fullmakt'),
  };
}

export function readParty(element: Located<JsonObject>, rolle: Rolle, index: number): PartyView {
  return {
    sti: element.sti,
    index,
    rolle,
    actor: actorOfRole(element, rolle),
    prosessfullmektig: readProsessfullmektig(element, rolle),
  };
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
