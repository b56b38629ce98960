import { isValidFoedselsnummer, isValidOrgnr } from '../checksums.js';
import { At, isObject, type JsonObject, type Located, textValue, withoutSpaces } from './node.js';

export type IdentifierKind = 'orgnr' | 'foedselsnummer' | 'utenlandsk' | 'ugyldig';

export interface IdentifierView {
  /** The identifier as written (trimmed), whichever variant carried it. */
  readonly verdi: string;
  /** Pointer of the value itself. */
  readonly sti: string;
  /** Pointer of the identifier object. */
  readonly objektSti: string;
  readonly landkode: string | undefined;
  /** `A`: {identifikatortype, verdi, landkode}; `B`: {taxIdentificationNumber | annenOffisiellIdentifikator, landkodeIdentifikator}. */
  readonly variant: 'A' | 'B' | 'tekst';
  readonly kind: IdentifierKind;
  /** The identifier without spaces: the key a register is looked up by. */
  readonly key: string;
}

function isDigits(text: string, length: number): boolean {
  if (text.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * Norwegian identifiers are recognised by length (9 digits organisation, 11 digits person) and must have valid
 * check digits; an identifier with another country code is taken as it is.
 */
export function classifyIdentifier(verdi: string, landkode: string | undefined): IdentifierKind {
  if (landkode !== undefined && landkode.toUpperCase() !== 'NO') return 'utenlandsk';
  const digits = withoutSpaces(verdi);
  if (isDigits(digits, 9)) return isValidOrgnr(digits) ? 'orgnr' : 'ugyldig';
  if (isDigits(digits, 11)) return isValidFoedselsnummer(digits) ? 'foedselsnummer' : 'ugyldig';
  return 'ugyldig';
}

class Identifier implements IdentifierView {
  readonly verdi: string;
  readonly landkode: string | undefined;
  readonly variant: 'A' | 'B' | 'tekst';
  readonly kind: IdentifierKind;
  readonly key: string;
  readonly #object: Located;
  readonly #valueKey: string | undefined;
  #sti: string | undefined;

  /** `valueKey` names the member of the identifier object holding the value; `undefined` for a plain text. */
  constructor(
    verdi: string,
    object: Located,
    valueKey: string | undefined,
    landkode: string | undefined,
    variant: 'A' | 'B' | 'tekst',
  ) {
    this.verdi = verdi;
    this.#object = object;
    this.#valueKey = valueKey;
    this.landkode = landkode;
    this.variant = variant;
    this.kind = classifyIdentifier(verdi, landkode);
    this.key = withoutSpaces(verdi);
  }

  get sti(): string {
    if (this.#valueKey === undefined) return this.#object.sti;
    this.#sti ??= new At(this.verdi, this.#object, this.#valueKey).sti;
    return this.#sti;
  }

  get objektSti(): string {
    return this.#object.sti;
  }
}

function readObjectIdentifier(object: Located<JsonObject>): IdentifierView | undefined {
  const holder = object.value;
  const a = textValue(holder['verdi']);
  if (a !== undefined) {
    const landkode = textValue(holder['landkode']);
    return new Identifier(a, object, 'verdi', landkode, 'A');
  }
  let valueKey = 'taxIdentificationNumber';
  let b = textValue(holder[valueKey]);
  if (b === undefined) {
    valueKey = 'annenOffisiellIdentifikator';
    b = textValue(holder[valueKey]);
  }
  if (b === undefined) return undefined;
  const landkode = textValue(holder['landkodeIdentifikator']) ?? textValue(holder['landkode']);
  return new Identifier(b, object, valueKey, landkode, 'B');
}

/** Reads identifier variant A or B, or a plain text identifier, from `value` (read from `parent` under `key`). */
export function readIdentifier(value: unknown, parent: Located, key: string): IdentifierView | undefined {
  if (typeof value === 'string' || typeof value === 'number') {
    const verdi = String(value).trim();
    return verdi === '' ? undefined : new Identifier(verdi, new At(value, parent, key), undefined, undefined, 'tekst');
  }
  return isObject(value) ? readObjectIdentifier(new At(value, parent, key)) : undefined;
}

/** The key a register is looked up by: the identifier without spaces. */
export function registerKey(identifier: IdentifierView): string {
  return identifier.key;
}

export function isNorwegianValid(identifier: IdentifierView | undefined): boolean {
  return identifier?.kind === 'orgnr' || identifier?.kind === 'foedselsnummer';
}
