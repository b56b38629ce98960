import { appendPointer } from '@elan-kit/schemas';
import { At, isObject, type JsonObject, type Located, NONE, type Placed, textValue } from './node.js';

export interface DomesticAddressView {
  /** Pointer of the object holding the fields (the inner `adresseFrittFormatInnland` when the wrapper is used). */
  readonly sti: string;
  readonly adressetekst: boolean;
  readonly postnummer: boolean;
}

export interface ForeignAddressView {
  readonly sti: string;
  readonly poststed: boolean;
  readonly landkode: boolean;
}

export interface AddressView {
  readonly sti: string;
  readonly adressetype: string | undefined;
  readonly innland: DomesticAddressView | undefined;
  readonly utland: ForeignAddressView | undefined;
  readonly ukjentBosted: boolean;
}

/** `adressetekst` is text or a list of text lines (AdresseFrittFormat). */
function hasAddressText(text: unknown): boolean {
  if (!Array.isArray(text)) return textValue(text) !== undefined;
  for (const line of text) if (textValue(line) !== undefined) return true;
  return false;
}

/** Where an address part sits: `outerKey` under the address, and `innerKey` under that when the wrapper is used. */
function partPointer(address: Placed, outerKey: string, innerKey: string | undefined): string {
  const outer = appendPointer(address.sti, outerKey);
  return innerKey === undefined ? outer : appendPointer(outer, innerKey);
}

class Domestic implements DomesticAddressView {
  readonly #address: Placed;
  readonly #innerKey: string | undefined;
  readonly adressetekst: boolean;
  readonly postnummer: boolean;

  /** `holder` holds the fields; `innerKey` names it when it is the wrapper's inner object. */
  constructor(holder: JsonObject, address: Placed, innerKey: string | undefined) {
    this.#address = address;
    this.#innerKey = innerKey;
    this.adressetekst = hasAddressText(holder['adressetekst']);
    this.postnummer = textValue(holder['postnummer']) !== undefined;
  }

  get sti(): string {
    return partPointer(this.#address, 'adresseInnland', this.#innerKey);
  }
}

class Foreign implements ForeignAddressView {
  readonly #address: Placed;
  readonly #innerKey: string | undefined;
  readonly poststed: boolean;
  readonly landkode: boolean;

  constructor(holder: JsonObject, address: Placed, innerKey: string | undefined) {
    this.#address = address;
    this.#innerKey = innerKey;
    this.poststed =
      textValue(holder['poststedUtland']) !== undefined ||
      textValue(holder['poststed']) !== undefined ||
      textValue(holder['poststedsnavn']) !== undefined;
    this.landkode = textValue(holder['landkode']) !== undefined;
  }

  get sti(): string {
    return partPointer(this.#address, 'adresseUtland', this.#innerKey);
  }
}

function readDomestic(address: JsonObject, at: Placed): DomesticAddressView | undefined {
  const outer = address['adresseInnland'];
  if (!isObject(outer)) return undefined;
  // CONFLICT (information-model.md §5.3): with or without the adresseFrittFormatInnland wrapper.
  const inner = outer['adresseFrittFormatInnland'];
  return isObject(inner) ? new Domestic(inner, at, 'adresseFrittFormatInnland') : new Domestic(outer, at, undefined);
}

function readForeign(address: JsonObject, at: Placed): ForeignAddressView | undefined {
  const outer = address['adresseUtland'];
  if (!isObject(outer)) return undefined;
  const inner = outer['adresseFrittFormatUtland'];
  return isObject(inner) ? new Foreign(inner, at, 'adresseFrittFormatUtland') : new Foreign(outer, at, undefined);
}

class Address implements AddressView {
  readonly #parent: Placed;
  readonly #key: string | number;
  readonly adressetype: string | undefined;
  readonly innland: DomesticAddressView | undefined;
  readonly utland: ForeignAddressView | undefined;
  readonly ukjentBosted: boolean;

  /** `address` is read from `parent` under `key`. */
  constructor(address: JsonObject, parent: Placed, key: string | number) {
    this.#parent = parent;
    this.#key = key;
    this.adressetype = textValue(address['adressetype']);
    this.innland = readDomestic(address, this);
    this.utland = readForeign(address, this);
    this.ukjentBosted = isObject(address['ukjentBosted']);
  }

  get sti(): string {
    return appendPointer(this.#parent.sti, this.#key);
  }
}

/** The addresses of an actor object (`adresse`: a list, or a single object as a list of one). */
export function readAddresses(actor: Located<JsonObject>): readonly AddressView[] {
  const value = actor.value['adresse'];
  if (value === null || typeof value !== 'object') return NONE;
  if (!Array.isArray(value)) return [new Address(value as JsonObject, actor, 'adresse')];
  const list = new At(value, actor, 'adresse');
  const out: AddressView[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (isObject(item)) out.push(new Address(item, list, i));
  }
  return out.length === 0 ? NONE : out;
}
