import { appendPointer, isDigitsOfLength, isValidFoedselsnummer, isValidOrgnr } from '@elan-kit/schemas';
import { isObject, type JsonObject, type Placed, textValue, withoutSpaces } from './node.js';

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

/**
 * Norwegian identifiers are recognised by length (9 digits organisation, 11 digits person) and must have valid
 * check digits; an identifier with another country code is taken as it is.
 */
export function classifyIdentifier(verdi: string, landkode: string | undefined): IdentifierKind {
  return classifyKey(withoutSpaces(verdi), landkode);
}

/** `classifyIdentifier` of an identifier already written without spaces. */
function classifyKey(digits: string, landkode: string | undefined): IdentifierKind {
  if (landkode !== undefined && landkode.toUpperCase() !== 'NO') return 'utenlandsk';
  if (isDigitsOfLength(digits, 9)) return isValidOrgnr(digits) ? 'orgnr' : 'ugyldig';
  if (isDigitsOfLength(digits, 11)) return isValidFoedselsnummer(digits) ? 'foedselsnummer' : 'ugyldig';
  return 'ugyldig';
}

class Identifier implements IdentifierView {
  readonly verdi: string;
  readonly landkode: string | undefined;
  readonly variant: 'A' | 'B' | 'tekst';
  readonly kind: IdentifierKind;
  readonly key: string;
  readonly #parent: Placed;
  readonly #objectKey: string;
  readonly #valueKey: string | undefined;

  /**
   * The identifier object (or text) is read from `parent` under `objectKey`; `valueKey` names its member holding
   * the value, `undefined` for a plain text.
   */
  constructor(
    verdi: string,
    parent: Placed,
    objectKey: string,
    valueKey: string | undefined,
    landkode: string | undefined,
    variant: 'A' | 'B' | 'tekst',
  ) {
    this.verdi = verdi;
    this.#parent = parent;
    this.#objectKey = objectKey;
    this.#valueKey = valueKey;
    this.landkode = landkode;
    this.variant = variant;
    this.key = withoutSpaces(verdi);
    this.kind = classifyKey(this.key, landkode);
  }

  get sti(): string {
    return this.#valueKey === undefined ? this.objektSti : appendPointer(this.objektSti, this.#valueKey);
  }

  get objektSti(): string {
    return appendPointer(this.#parent.sti, this.#objectKey);
  }
}

function readObjectIdentifier(holder: JsonObject, parent: Placed, key: string): IdentifierView | undefined {
  const a = textValue(holder['verdi']);
  if (a !== undefined) {
    const landkode = textValue(holder['landkode']);
    return new Identifier(a, parent, key, 'verdi', landkode, 'A');
  }
  let valueKey = 'taxIdentificationNumber';
  let b = textValue(holder[valueKey]);
  if (b === undefined) {
    valueKey = 'annenOffisiellIdentifikator';
    b = textValue(holder[valueKey]);
  }
  if (b === undefined) return undefined;
  const landkode = textValue(holder['landkodeIdentifikator']) ?? textValue(holder['landkode']);
  return new Identifier(b, parent, key, valueKey, landkode, 'B');
}

/** Reads identifier variant A or B, or a plain text identifier, from `value` (read from `parent` under `key`). */
export function readIdentifier(value: unknown, parent: Placed, key: string): IdentifierView | undefined {
  if (typeof value === 'string' || typeof value === 'number') {
    const verdi = String(value).trim();
    return verdi === '' ? undefined : new Identifier(verdi, parent, key, undefined, undefined, 'tekst');
  }
  return isObject(value) ? readObjectIdentifier(value, parent, key) : undefined;
}

/** The key a register is looked up by: the identifier without spaces. */
export function registerKey(identifier: IdentifierView): string {
  return identifier.key;
}

export function isNorwegianValid(identifier: IdentifierView | undefined): boolean {
  return identifier?.kind === 'orgnr' || identifier?.kind === 'foedselsnummer';
}
