import { field, type JsonObject, type Located, objectField, objectsOf, textField, textOf, textsOf } from './node.js';

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
  return {
    sti: inner.sti,
    adressetekst: hasAddressText(inner),
    postnummer: !!textField(inner, 'postnummer'),
  };
}

function readForeign(address: Located<JsonObject>): ForeignAddressView | undefined {
  const outer = objectField(address, 'adresseUtland');
  if (!outer) return undefined;
  const inner = objectField(outer, 'adresseFrittFormatUtland') ?? outer;
  return {
    sti: inner.sti,
    poststed: !!textField(inner, 'poststedUtland', 'poststed', 'poststedsnavn'),
    landkode: !!textField(inner, 'landkode'),
  };
}

export function readAddresses(actor: Located<JsonObject>): AddressView[] {
  return objectsOf(field(actor, 'adresse')).map((address) => ({
    sti: address.sti,
    adressetype: textField(address, 'adressetype'),
    innland: readDomestic(address),
    utland: readForeign(address),
    ukjentBosted: !!objectField(address, 'ukjentBosted'),
  }));
}
