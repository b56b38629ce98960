import { el, visible } from './dom.js';

/** A note shown under the line of the value a JSON Pointer names. */
export interface Annotation {
  readonly pointer: string;
  readonly kind: 'finding' | 'kontrollutslag';
  readonly lines: readonly string[];
}

/** Most characters and lines of one body the page renders (INS-4). */
export const BODY_LIMIT_CHARS = 64 * 1024;
const LINE_LIMIT = 5000;

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function collectPointers(value: unknown, pointer: string, into: Set<string>, depth: number): void {
  into.add(pointer);
  if (depth > 200 || value === null || typeof value !== 'object') return;
  const entries: Array<[string, unknown]> = Array.isArray(value)
    ? value.map((item, index) => [String(index), item])
    : Object.entries(value);
  for (const [key, item] of entries) collectPointers(item, `${pointer}/${escapeToken(key)}`, into, depth + 1);
}

/** The pointer itself when the body has it, else its nearest ancestor that exists (a missing property: its object). */
function nearestExisting(pointer: string, existing: ReadonlySet<string>): string {
  let current = pointer === '/' ? '' : pointer;
  while (current !== '' && !existing.has(current)) current = current.slice(0, current.lastIndexOf('/'));
  return current;
}

/**
 * A JSON value pretty-printed one line per member, every string made visible (control characters as escapes), with
 * annotations under the line their pointer names. Rendering stops at the display limit with a note.
 */
export function renderJson(value: unknown, annotations: readonly Annotation[], cutNote: string): HTMLElement {
  const existing = new Set<string>();
  collectPointers(value, '', existing, 0);
  const byPointer = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const at = nearestExisting(annotation.pointer, existing);
    byPointer.set(at, [...(byPointer.get(at) ?? []), annotation]);
  }
  const root = el('div', { class: 'json' });
  let chars = 0;
  let lines = 0;
  let cut = false;
  const line = (indent: number, text: string, pointer: string | undefined) => {
    if (cut) return;
    if (chars + text.length > BODY_LIMIT_CHARS || lines >= LINE_LIMIT) {
      cut = true;
      root.append(el('div', { class: 'cut' }, cutNote));
      return;
    }
    chars += text.length;
    lines++;
    const notes = pointer === undefined ? undefined : byPointer.get(pointer);
    root.append(
      el(
        'div',
        { class: notes ? 'line marked' : 'line', ...(pointer === undefined ? {} : { 'data-pointer': pointer }) },
        '  '.repeat(indent) + visible(text),
      ),
    );
    for (const note of notes ?? []) {
      const box = el(
        'div',
        { class: `note ${note.kind}`, 'data-pointer': note.pointer },
        ...note.lines.map((text) => el('div', {}, visible(text))),
      );
      box.style.marginLeft = `${indent + 1}em`;
      root.append(box);
    }
  };
  const walk = (item: unknown, pointer: string, indent: number, prefix: string, comma: string, depth: number) => {
    if (cut) return;
    if (item !== null && typeof item === 'object' && depth < 200) {
      const entries: Array<[string, unknown]> = Array.isArray(item)
        ? item.map((child, index) => [String(index), child])
        : Object.entries(item);
      const [open, close] = Array.isArray(item) ? ['[', ']'] : ['{', '}'];
      if (entries.length === 0) return line(indent, `${prefix}${open}${close}${comma}`, pointer);
      line(indent, `${prefix}${open}`, pointer);
      entries.forEach(([key, child], index) => {
        const childPrefix = Array.isArray(item) ? '' : `${JSON.stringify(key)}: `;
        walk(
          child,
          `${pointer}/${escapeToken(key)}`,
          indent + 1,
          childPrefix,
          index < entries.length - 1 ? ',' : '',
          depth + 1,
        );
      });
      line(indent, `${close}${comma}`, undefined);
      return;
    }
    line(indent, `${prefix}${JSON.stringify(item) ?? String(item)}${comma}`, pointer);
  };
  walk(value, '', 0, '', '', 0);
  return root;
}

/** A text body, made visible and cut at the display limit. */
export function renderText(text: string, cutNote: string): HTMLElement {
  const shown = text.length > BODY_LIMIT_CHARS ? text.slice(0, BODY_LIMIT_CHARS) : text;
  return el(
    'div',
    { class: 'text-body' },
    el('pre', {}, visible(shown)),
    text.length > BODY_LIMIT_CHARS ? el('div', { class: 'cut' }, cutNote) : undefined,
  );
}
