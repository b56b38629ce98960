import { sanitizeTerminalText } from '@elan-kit/schemas';

/**
 * Escaping for every output format. Every value that comes from a RunResult goes through one of these;
 * control characters are made visible (U+2400 "control pictures") instead of being passed on, and
 * characters that can reorder text (bidi overrides) or are illegal in XML are shown as their code point.
 */

/** Replaces characters that have no business in a report (controls, bidi overrides) with visible stand-ins. */
export function sanitizeText(value: string): string {
  return sanitizeTerminalText(value, { multiline: true });
}

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text and attribute values in HTML. */
export function escapeHtml(value: string): string {
  return sanitizeText(value).replace(/[&<>"']/g, (character) => HTML_ENTITIES[character] ?? character);
}

/** Text content in XML 1.0 (`]]>` cannot survive: every `>` is escaped). */
export function escapeXml(value: string): string {
  return escapeHtml(value);
}

/** Attribute values in XML 1.0: line breaks and tabs are kept as character references (attribute normalisation would eat them). */
export function escapeXmlAttribute(value: string): string {
  return escapeXml(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** One line of Markdown prose, table cells included: no block syntax, no HTML, no table breaks. */
export function escapeMarkdown(value: string): string {
  return sanitizeText(value)
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_{}[\]<>|#~&!]/g, (character) => `\\${character}`);
}

/** An inline Markdown code span that holds any text; inside a GFM table a `|` must be escaped even in code. */
export function markdownCode(value: string, inTable = true): string {
  const flat = sanitizeText(value).replace(/\r\n?|\n/g, ' ');
  const text = inTable ? flat.replace(/\|/g, '\\|') : flat;
  if (text === '') return '';
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padded = text.startsWith('`') || text.endsWith('`') || text.startsWith(' ') ? ` ${text} ` : text;
  return `${fence}${padded}${fence}`;
}

/** Shortens a string to at most `max` characters, marking the cut with an ellipsis. */
export function truncateText(value: string, max: number): string {
  if (value.length <= max) return value;
  return `${value.slice(0, Math.max(0, max - 1))}…`;
}
