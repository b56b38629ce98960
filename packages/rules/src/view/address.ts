import { At, isObject, type JsonObject, type Located, NONE, objectsAt, textValue } from './node.js';

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

class Domestic implements DomesticAddressView {
  readonly #at: Located<JsonObject>;
  readonly adressetekst: boolean;
  readonly postnummer: boolean;

  constructor(at: Located<JsonObject>) {
    this.#at = at;
    this.adressetekst = hasAddressText(at.value['adressetekst']);
    this.postnummer = textValue(at.value['postnummer']) !== undefined;
  }

  get sti(): string {
    return this.#at.sti;
  }
}

class Foreign implements ForeignAddressView {
  readonly #at: Located<JsonObject>;
  readonly poststed: boolean;
  readonly landkode: boolean;

  constructor(at: Located<JsonObject>) {
    this.#at = at;
    const inner = at.value;
    this.poststed =
      textValue(inner['poststedUtland']) !== undefined ||
      textValue(inner['poststed']) !== undefined ||
      textValue(inner['poststedsnavn']) !== undefined;
    this.landkode = textValue(inner['landkode']) !== undefined;
  }

  get sti(): string {
    return this.#at.sti;
  }
}

/** The object holding the address fields: `inner` under `outer` when the wrapper is used, else `outer` itself. */
function holderOf(address: Located<JsonObject>, outerKey: string, outer: JsonObject, innerKey: string): At {
  const outerAt = new At(outer, address, outerKey);
  const inner = outer[innerKey];
  return isObject(inner) ? new At(inner, outerAt, innerKey) : outerAt;
}

function readDomestic(address: Located<JsonObject>): DomesticAddressView | undefined {
  const outer = address.value['adresseInnland'];
  // CONFLICT (information-model.md §5.3): with or without the adresseFrittFormatInnland wrapper.
  return isObject(outer)
    ? new Domestic(holderOf(address, 'adresseInnland', outer, 'adresseFrittFormatInnland'))
    : undefined;
}

function readForeign(address: Located<JsonObject>): ForeignAddressView | undefined {
  const outer = address.value['adresseUtland'];
  return isObject(outer)
    ? new Foreign(holderOf(address, 'adresseUtland', outer, 'adresseFrittFormatUtland'))
    : undefined;
}

class Address implements AddressView {
  readonly #at: Located<JsonObject>;
  readonly adressetype: string | undefined;
  readonly innland: DomesticAddressView | undefined;
  readonly utland: ForeignAddressView | undefined;
  readonly ukjentBosted: boolean;

  constructor(at: Located<JsonObject>) {
    this.#at = at;
    const address = at.value;
    this.adressetype = textValue(address['adressetype']);
    this.innland = readDomestic(at);
    this.utland = readForeign(at);
    this.ukjentBosted = isObject(address['ukjentBosted']);
  }

  get sti(): string {
    return this.#at.sti;
  }
}

/** The addresses of an actor object. */
export function readAddresses(actor: Located<JsonObject>): readonly AddressView[] {
  const list = objectsAt(actor.value['adresse'], actor, 'adresse');
  if (list.length === 0) return NONE;
  const out = new Array<AddressView>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = new Address(list[i] as Located<JsonObject>);
  return out;
}
