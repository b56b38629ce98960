import { appendPointer } from '@elan-kit/schemas';

/** A value of the submitted document and the JSON pointer where it was found. */
export interface Located<T = unknown> {
  readonly value: T;
  readonly sti: string;
}

export type JsonObject = Readonly<Record<string, unknown>>;

/** Whatever has a place in the document: all a child needs to build its own pointer. */
export interface Placed {
  readonly sti: string;
}

/**
 * A value found under `key` of `parent` (no key: the parent's own place, read as something else). The pointer is
 * built on first use: most values read by the rules are never reported, and building every pointer up front would
 * cost more than the rules themselves. View objects hold an `At` rather than extend it: a constructor shared by
 * many classes would store into objects of many shapes, and such megamorphic stores cost more than the allocation.
 */
export class At<T = JsonObject> implements Located<T> {
  readonly value: T;
  readonly #parent: Placed;
  readonly #key: string | number | undefined;
  #sti: string | undefined;

  constructor(value: T, parent: Placed, key: string | number | undefined) {
    this.value = value;
    this.#parent = parent;
    this.#key = key;
  }

  get sti(): string {
    this.#sti ??= this.#key === undefined ? this.#parent.sti : appendPointer(this.#parent.sti, this.#key);
    return this.#sti;
  }
}

/*
 * The readers below take a value the caller has already read (`object['name']`) rather than an object and a name.
 * A property read written at each call site stays monomorphic there; one shared helper reading every field of
 * every object would be megamorphic and cost more than the rules themselves.
 */

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `null` counts as absent: some systems serialise unset optional fields as `null`. */
export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** A trimmed, non-empty string; numbers are accepted and written as text (identifiers sent as numbers). */
export function textValue(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value !== 'string') return undefined;
  if (isPrintableAscii(value.charCodeAt(0)) && isPrintableAscii(value.charCodeAt(value.length - 1))) return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * Neither a space nor any other character `trim` removes (those are all below 33 or above 126): a text that
 * begins and ends with one is its own trimmed form, and most texts do, so `trim` is called only for the rest.
 */
function isPrintableAscii(code: number): boolean {
  return code > 32 && code < 127;
}

export function textOf(located: Located | undefined): string | undefined {
  return located ? textValue(located.value) : undefined;
}

const SPACE = /\s/;
const SPACES = /\s/g;

/** Whether `text` has a character `\s` matches; the regular expression is needed only past ASCII. */
function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) return true;
    if (code > 127) return SPACE.test(text);
  }
  return false;
}

/** `text` without whitespace (identifiers and account numbers are often written in groups). */
export function withoutSpaces(text: string): string {
  return hasSpace(text) ? text.replace(SPACES, '') : text;
}

/** `value` (read from `parent` under `key`) when present. */
export function presentAt(value: unknown, parent: Placed, key: string): Located | undefined {
  return value === undefined || value === null ? undefined : new At(value, parent, key);
}

/** `value` (read from `parent` under `key`) when it is an object. */
export function objectAt(value: unknown, parent: Placed, key: string): Located<JsonObject> | undefined {
  return isObject(value) ? new At(value, parent, key) : undefined;
}

/** The trimmed text of `value` (read from `parent` under `key`) when it has any. */
export function textAt(value: unknown, parent: Placed, key: string): Located<string> | undefined {
  const text = textValue(value);
  return text === undefined ? undefined : new At(text, parent, key);
}

/**
 * The empty list every reader and rule returns when it has nothing: one shared array, typed read-only. Not frozen:
 * a frozen array has its own elements kind, and loops that meet both kinds lose their allocation-free fast path.
 */
export const NONE: readonly never[] = [];

/**
 * The object elements of a list (read from `parent` under `key`); a single object where a list is expected counts
 * as a list of one (a documented variant).
 */
export function objectsAt(value: unknown, parent: Placed, key: string): readonly Located<JsonObject>[] {
  if (value === null || typeof value !== 'object') return NONE;
  if (!Array.isArray(value)) return [new At(value as JsonObject, parent, key)];
  const list = new At(value, parent, key);
  const out: Located<JsonObject>[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (isObject(item)) out.push(new At(item, list, i));
  }
  return out;
}

/** Text elements of a list (or a single text value) read from `parent` under `key`, trimmed. */
export function textsAt(value: unknown, parent: Placed, key: string): readonly Located<string>[] {
  if (value === undefined || value === null) return NONE;
  if (!Array.isArray(value)) {
    const text = textValue(value);
    return text === undefined ? NONE : [new At(text, parent, key)];
  }
  const list = new At(value, parent, key);
  const out: Located<string>[] = [];
  for (let i = 0; i < value.length; i++) {
    const text = textValue(value[i]);
    if (text !== undefined) out.push(new At(text, list, i));
  }
  return out;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `YYYY-MM-DD` at `start` of `text`. */
function isIsoDateAt(text: string, start: number): boolean {
  for (let i = start; i < start + 10; i++) {
    const code = text.charCodeAt(i);
    if (i === start + 4 || i === start + 7 ? code !== 45 : !isDigit(code)) return false;
  }
  return true;
}

function isAllDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/** Dates as `YYYY-MM-DD`; the basic form `YYYYMMDD` allowed by the documentation is normalised. */
export function dateValue(value: unknown): string | undefined {
  const text = textValue(value);
  if (text === undefined) return undefined;
  if (text.length === 10 && isIsoDateAt(text, 0)) return text;
  if (text.length === 8 && isAllDigits(text)) return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`;
  return text.length > 10 && text.charCodeAt(10) === 84 && isIsoDateAt(text, 0) ? text.slice(0, 10) : undefined;
}

export function dateOf(located: Located | undefined): string | undefined {
  return located ? dateValue(located.value) : undefined;
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
