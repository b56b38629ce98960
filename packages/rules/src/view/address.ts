import {
  At,
  field,
  type JsonObject,
  type Located,
  objectField,
  objectsOf,
  textField,
  textOf,
  textsOf,
} from './node.js';

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
  readonly adressetype: Located<string> | undefined;
  readonly innland: DomesticAddressView | undefined;
  readonly utland: ForeignAddressView | undefined;
  readonly ukjentBosted: boolean;
}

class Domestic extends At implements DomesticAddressView {
  constructor(
    at: Located,
    readonly adressetekst: boolean,
    readonly postnummer: boolean,
  ) {
    super(at);
  }
}

class Foreign extends At implements ForeignAddressView {
  constructor(
    at: Located,
    readonly poststed: boolean,
    readonly landkode: boolean,
  ) {
    super(at);
  }
}

class Address extends At implements AddressView {
  constructor(
    at: Located,
    readonly adressetype: Located<string> | undefined,
    readonly innland: DomesticAddressView | undefined,
    readonly utland: ForeignAddressView | undefined,
    readonly ukjentBosted: boolean,
  ) {
    super(at);
  }
}

/** `adressetekst` is text or a list of text lines (AdresseFrittFormat). */
function hasAddressText(object: Located<JsonObject>): boolean {
  const text = field(object, 'adressetekst');
  if (!text) return false;
  return Array.isArray(text.value) ? textsOf(text).length > 0 : textOf(text) !== undefined;
}

function readDomestic(address: Located<JsonObject>): DomesticAddressView | undefined {
  const outer = objectField(address, 'adresseInnland');
  if (!outer) return undefined;
  // CONFLICT (information-model.md §5.3): with or without the adresseFrittFormatInnland wrapper.
  const inner = objectField(outer, 'adresseFrittFormatInnland') ?? outer;
  return new Domestic(inner, hasAddressText(inner), !!textField(inner, 'postnummer'));
}

function readForeign(address: Located<JsonObject>): ForeignAddressView | undefined {
  const outer = objectField(address, 'adresseUtland');
  if (!outer) return undefined;
  const inner = objectField(outer, 'adresseFrittFormatUtland') ?? outer;
  return new Foreign(
    inner,
    !!textField(inner, 'poststedUtland', 'poststed', 'poststedsnavn'),
    !!textField(inner, 'landkode'),
  );
}

export function readAddresses(actor: Located<JsonObject>): AddressView[] {
  return objectsOf(field(actor, 'adresse')).map(
    (address) =>
      new Address(
        address,
        textField(address, 'adressetype'),
        readDomestic(address),
        readForeign(address),
        !!objectField(address, 'ukjentBosted'),
      ),
  );
}
