/** A piece of an avvikstekst template. */
export type AvvikstekstDel =
  | { readonly type: 'tekst'; readonly tekst: string }
  | { readonly type: 'navngitt'; readonly navn: string }
  | { readonly type: 'posisjon'; readonly indeks: number };

export type AvvikstekstVerdi = string | number;

const LETTER = /\p{L}/u;
const LINE_BREAK = /<br\s*\/?>/g;

/**
 * Splits a template into text and placeholders. `%s` followed by something other than a letter is positional
 * (numbered in order); `%` followed by letters (æøå included) is named, e.g. `%begjæringsdato`, `%saksøkt`.
 * A `%` followed by anything else is literal text.
 */
export function parseAvvikstekst(template: string): AvvikstekstDel[] {
  const parts: AvvikstekstDel[] = [];
  let text = '';
  let positional = 0;
  let i = 0;
  while (i < template.length) {
    const char = template[i] as string;
    if (char !== '%' || !LETTER.test(template[i + 1] ?? '')) {
      text += char;
      i++;
      continue;
    }
    let end = i + 1;
    while (end < template.length && LETTER.test(template[end] as string)) end++;
    if (text) parts.push({ type: 'tekst', tekst: text });
    text = '';
    const name = template.slice(i + 1, end);
    parts.push(name === 's' ? { type: 'posisjon', indeks: positional++ } : { type: 'navngitt', navn: name });
    i = end;
  }
  if (text) parts.push({ type: 'tekst', tekst: text });
  return parts;
}

/** The named placeholders of a template (in order of first use) and the number of positional ones. */
export function avvikstekstPlaceholders(template: string): {
  readonly navngitte: string[];
  readonly posisjonelle: number;
} {
  const navngitte: string[] = [];
  let posisjonelle = 0;
  for (const part of parseAvvikstekst(template)) {
    if (part.type === 'navngitt' && !navngitte.includes(part.navn)) navngitte.push(part.navn);
    if (part.type === 'posisjon') posisjonelle++;
  }
  return { navngitte, posisjonelle };
}

/**
 * Fills a template: named placeholders from `values`, `%s` from `positional` in order; `<br/>` becomes a line
 * break. A placeholder without a value stays as written, so a missing value is visible rather than silent.
 */
export function formatAvvikstekst(
  template: string,
  values: Readonly<Record<string, AvvikstekstVerdi>> = {},
  positional: readonly AvvikstekstVerdi[] = [],
): string {
  let out = '';
  for (const part of parseAvvikstekst(template.replace(LINE_BREAK, '\n'))) {
    if (part.type === 'tekst') out += part.tekst;
    else if (part.type === 'navngitt') {
      const value = Object.hasOwn(values, part.navn) ? values[part.navn] : undefined;
      out += value === undefined ? `%${part.navn}` : String(value);
    } else {
      const value = positional[part.indeks];
      out += value === undefined ? '%s' : String(value);
    }
  }
  return out;
}
