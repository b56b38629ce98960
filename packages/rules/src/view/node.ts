import { childPointer } from '../pointer.js';

/** A value of the submitted document and the JSON pointer where it was found. */
export interface Located<T = unknown> {
  readonly value: T;
  readonly sti: string;
}

/**
 * A value found under `key` of `parent`. The pointer is built on first use: most values read by the rules are
 * never reported, and building every pointer up front would cost more than the rules themselves.
 */
class Child<T> implements Located<T> {
  readonly value: T;
  readonly #parent: Located;
  readonly #key: string | number;
  #sti: string | undefined;

  constructor(value: T, parent: Located, key: string | number) {
    this.value = value;
    this.#parent = parent;
    this.#key = key;
  }

  get sti(): string {
    this.#sti ??= childPointer(this.#parent.sti, this.#key);
    return this.#sti;
  }
}

export function childOf<T>(value: T, parent: Located, key: string | number): Located<T> {
  return new Child(value, parent, key);
}

/**
 * Base of the view objects: carries the document value they were read from and builds its pointer on first use
 * (a class, because accessors on object literals are much slower to create).
 */
export abstract class At {
  readonly #at: Located;

  constructor(at: Located) {
    this.#at = at;
  }

  get sti(): string {
    return this.#at.sti;
  }
}

export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `null` counts as absent: some systems serialise unset optional fields as `null`. */
function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/**
 * The first of the names (alternatives: current and legacy spellings, at most three) present on `object`.
 * Fixed parameters rather than a rest array: these run for every field the rules read.
 */
export function field(object: Located<JsonObject> | undefined, a: string, b?: string, c?: string): Located | undefined {
  if (!object) return undefined;
  const holder = object.value;
  if (isPresent(holder[a])) return new Child(holder[a], object, a);
  if (b !== undefined && isPresent(holder[b])) return new Child(holder[b], object, b);
  if (c !== undefined && isPresent(holder[c])) return new Child(holder[c], object, c);
  return undefined;
}

/** The first of the names whose value is an object. */
export function objectField(
  object: Located<JsonObject> | undefined,
  a: string,
  b?: string,
  c?: string,
): Located<JsonObject> | undefined {
  if (!object) return undefined;
  const holder = object.value;
  if (isObject(holder[a])) return new Child(holder[a], object, a);
  if (b !== undefined && isObject(holder[b])) return new Child(holder[b], object, b);
  if (c !== undefined && isObject(holder[c])) return new Child(holder[c], object, c);
  return undefined;
}

/** A trimmed, non-empty string; numbers are accepted and written as text (identifiers sent as numbers). */
export function textValue(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function textOf(located: Located | undefined): string | undefined {
  return located ? textValue(located.value) : undefined;
}

/** The first of the names with a non-empty text (or number) value, trimmed. */
export function textField(
  object: Located<JsonObject> | undefined,
  a: string,
  b?: string,
  c?: string,
): Located<string> | undefined {
  if (!object) return undefined;
  const holder = object.value;
  let text = textValue(holder[a]);
  if (text !== undefined) return new Child(text, object, a);
  if (b === undefined) return undefined;
  text = textValue(holder[b]);
  if (text !== undefined) return new Child(text, object, b);
  if (c === undefined) return undefined;
  text = textValue(holder[c]);
  return text === undefined ? undefined : new Child(text, object, c);
}

/** The elements of a list; a single object where a list is expected counts as a list of one (a documented variant). */
export function listOf(located: Located | undefined): Located[] {
  if (!located) return [];
  if (Array.isArray(located.value)) {
    return located.value.map((value, index) => new Child(value, located, index));
  }
  return [located];
}

export function objectsOf(located: Located | undefined): Located<JsonObject>[] {
  if (!located) return [];
  const { value } = located;
  if (!Array.isArray(value)) return isObject(value) ? [located as Located<JsonObject>] : [];
  const out: Located<JsonObject>[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (isObject(item)) out.push(new Child(item, located, i));
  }
  return out;
}

/** Text elements of a list (or a single text value). */
export function textsOf(located: Located | undefined): Located<string>[] {
  const out: Located<string>[] = [];
  for (const item of listOf(located)) {
    const text = textOf(item);
    if (text === undefined) continue;
    out.push(text === item.value ? (item as Located<string>) : { value: text, sti: item.sti });
  }
  return out;
}

/** Dates as `YYYY-MM-DD`; the basic form `YYYYMMDD` allowed by the documentation is normalised. */
export function dateOf(located: Located | undefined): string | undefined {
  const text = textOf(located);
  if (text === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  if (/^\d{8}$/.test(text)) return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`;
  const dateTime = /^(\d{4}-\d{2}-\d{2})T/.exec(text);
  return dateTime ? dateTime[1] : undefined;
}

/** Lower case, æøå transliterated, everything but letters and digits removed: for comparing code values. */
const normalised = new Map<string, string>();

export function normaliseCode(value: string): string {
  let result = normalised.get(value);
  if (result === undefined) {
    result = value
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .replace(/[^a-z0-9]/g, '');
    // Code values repeat across documents; the bound keeps hostile input from growing the cache.
    if (normalised.size < 2000) normalised.set(value, result);
  }
  return result;
}
