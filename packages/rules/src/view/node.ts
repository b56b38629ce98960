import { childPointer } from '../pointer.js';

/** A value of the submitted document and the JSON pointer where it was found. */
export interface Located<T = unknown> {
  readonly value: T;
  readonly sti: string;
}

export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `null` counts as absent: some systems serialise unset optional fields as `null`. */
function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** The first of `names` present on `object` (names are alternatives: current and legacy spellings). */
export function field(object: Located<JsonObject> | undefined, ...names: string[]): Located | undefined {
  if (!object) return undefined;
  for (const name of names) {
    const value = object.value[name];
    if (isPresent(value)) return { value, sti: childPointer(object.sti, name) };
  }
  return undefined;
}

export function objectField(
  object: Located<JsonObject> | undefined,
  ...names: string[]
): Located<JsonObject> | undefined {
  for (const name of names) {
    const found = field(object, name);
    if (found && isObject(found.value)) return found as Located<JsonObject>;
  }
  return undefined;
}

/** A trimmed, non-empty string; numbers are accepted and written as text (identifiers sent as numbers). */
export function textOf(located: Located | undefined): string | undefined {
  if (!located) return undefined;
  const { value } = located;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function textField(object: Located<JsonObject> | undefined, ...names: string[]): Located<string> | undefined {
  for (const name of names) {
    const found = field(object, name);
    const text = textOf(found);
    if (found && text !== undefined) return { value: text, sti: found.sti };
  }
  return undefined;
}

/** The elements of a list; a single object where a list is expected counts as a list of one (a documented variant). */
export function listOf(located: Located | undefined): Located[] {
  if (!located) return [];
  if (Array.isArray(located.value)) {
    return located.value.map((value, index) => ({ value, sti: childPointer(located.sti, index) }));
  }
  return [located];
}

export function objectsOf(located: Located | undefined): Located<JsonObject>[] {
  return listOf(located).filter((item): item is Located<JsonObject> => isObject(item.value));
}

/** Text elements of a list (or a single text value). */
export function textsOf(located: Located | undefined): Located<string>[] {
  const out: Located<string>[] = [];
  for (const item of listOf(located)) {
    const text = textOf(item);
    if (text !== undefined) out.push({ value: text, sti: item.sti });
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
export function normaliseCode(value: string): string {
  return value
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]/g, '');
}
