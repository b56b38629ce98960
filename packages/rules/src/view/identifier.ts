import { isValidFoedselsnummer, isValidOrgnr } from '../checksums.js';
import { type JsonObject, type Located, textField } from './node.js';

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
function compact(verdi: string): string {
  return /\s/.test(verdi) ? verdi.replace(/\s/g, '') : verdi;
}

export function classifyIdentifier(verdi: string, landkode: string | undefined): IdentifierKind {
  const digits = compact(verdi);
  if (landkode !== undefined && landkode.toUpperCase() !== 'NO') return 'utenlandsk';
  if (/^\d{9}$/.test(digits)) return isValidOrgnr(digits) ? 'orgnr' : 'ugyldig';
  if (/^\d{11}$/.test(digits)) return isValidFoedselsnummer(digits) ? 'foedselsnummer' : 'ugyldig';
  return 'ugyldig';
}

class Identifier implements IdentifierView {
  readonly verdi: string;
  readonly landkode: string | undefined;
  readonly variant: 'A' | 'B' | 'tekst';
  readonly kind: IdentifierKind;
  readonly key: string;
  readonly #value: Located;
  readonly #object: Located;

  constructor(
    verdi: string,
    value: Located,
    object: Located,
    landkode: string | undefined,
    variant: 'A' | 'B' | 'tekst',
  ) {
    this.verdi = verdi;
    this.#value = value;
    this.#object = object;
    this.landkode = landkode;
    this.variant = variant;
    this.kind = classifyIdentifier(verdi, landkode);
    this.key = compact(verdi);
  }

  get sti(): string {
    return this.#value.sti;
  }

  get objektSti(): string {
    return this.#object.sti;
  }
}

/** Reads identifier variant A or B, or a plain text identifier. */
export function readIdentifier(located: Located | undefined): IdentifierView | undefined {
  if (!located) return undefined;
  if (typeof located.value === 'string' || typeof located.value === 'number') {
    const verdi = String(located.value).trim();
    return verdi === '' ? undefined : new Identifier(verdi, located, located, undefined, 'tekst');
  }
  if (located.value === null || typeof located.value !== 'object' || Array.isArray(located.value)) return undefined;
  const object = located as Located<JsonObject>;
  const a = textField(object, 'verdi');
  const b = a ? undefined : textField(object, 'taxIdentificationNumber', 'annenOffisiellIdentifikator');
  const value = a ?? b;
  if (!value) return undefined;
  const landkode = textField(object, a ? 'landkode' : 'landkodeIdentifikator', 'landkode')?.value;
  return new Identifier(value.value, value, object, landkode, a ? 'A' : 'B');
}

/** The key a register is looked up by: the identifier without spaces. */
export function registerKey(identifier: IdentifierView): string {
  return identifier.key;
}

export function isNorwegianValid(identifier: IdentifierView | undefined): boolean {
  return identifier?.kind === 'orgnr' || identifier?.kind === 'foedselsnummer';
}
