import { escapeHtml, escapeXmlAttribute } from './escape.js';

/** Text that is already markup; everything else interpolated into `html`/`xml` templates is escaped. */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type MarkupValue = Markup | string | number | boolean | null | undefined | readonly MarkupValue[];

function interpolate(value: MarkupValue, escapeText: (text: string) => string): string {
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return value.map((item: MarkupValue) => interpolate(item, escapeText)).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeText(String(value));
}

function tag(escapeText: (text: string) => string) {
  return (strings: TemplateStringsArray, ...values: readonly MarkupValue[]): Markup => {
    let out = strings[0] ?? '';
    values.forEach((value, index) => {
      out += interpolate(value, escapeText) + (strings[index + 1] ?? '');
    });
    return new Markup(out);
  };
}

/** HTML template: interpolations are escaped for text and quoted attributes alike. */
export const html = tag(escapeHtml);

/** XML template: interpolations are escaped for text and quoted attributes alike (line breaks as `&#10;`). */
export const xml = tag(escapeXmlAttribute);

/** Marks trusted, constant markup (e.g. the stylesheet) as safe to insert unescaped. */
export function trusted(value: string): Markup {
  return new Markup(value);
}
