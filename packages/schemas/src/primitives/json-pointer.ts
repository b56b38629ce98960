/** JSON Pointers (RFC 6901): `''` is the document, `/a/0/b~1c` is `doc.a[0]["b/c"]`. */

export function escapePointerToken(token: string | number): string {
  if (typeof token === 'number') return String(token);
  if (token.indexOf('~') === -1 && token.indexOf('/') === -1) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerToken(token: string): string {
  if (token.indexOf('~') === -1) return token;
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function pointerFrom(tokens: readonly (string | number)[]): string {
  let pointer = '';
  for (const token of tokens) pointer += `/${escapePointerToken(token)}`;
  return pointer;
}

/** `pointer` extended by one or more tokens: `appendPointer('/a', 0, 'b/c')` is `/a/0/b~1c`. */
export function appendPointer(pointer: string, ...tokens: (string | number)[]): string {
  if (tokens.length === 1) return `${pointer}/${escapePointerToken(tokens[0] as string | number)}`;
  return pointer + pointerFrom(tokens);
}

/** Tokens of a pointer; `''` is the whole document. Returns undefined for a string that is not a pointer. */
export function parsePointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer.slice(1).split('/').map(unescapePointerToken);
}

/** The value at `pointer`, or undefined when the path does not exist. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  const tokens = parsePointer(pointer);
  if (tokens === undefined) return undefined;
  let node: unknown = document;
  for (const token of tokens) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return undefined;
      node = node[Number(token)];
    } else if (isRecord(node) && Object.hasOwn(node, token)) {
      node = node[token];
    } else {
      return undefined;
    }
  }
  return node;
}

/**
 * Orders two pointers as their targets appear in the document: array elements by index, object members by the
 * order of the object's keys, an ancestor before its descendants. A string that is not a pointer sorts first.
 */
export function compareDocumentOrder(document: unknown, a: string, b: string): number {
  if (a === b) return 0;
  const left = parsePointer(a) ?? [];
  const right = parsePointer(b) ?? [];
  let parent: unknown = document;
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const l = left[i] as string;
    const r = right[i] as string;
    if (l !== r) {
      if (Array.isArray(parent)) return Number(l) - Number(r);
      if (isRecord(parent)) {
        const keys = Object.keys(parent);
        const li = keys.indexOf(l);
        const ri = keys.indexOf(r);
        if (li !== ri) return (li === -1 ? Number.MAX_SAFE_INTEGER : li) - (ri === -1 ? Number.MAX_SAFE_INTEGER : ri);
      }
      return l < r ? -1 : 1;
    }
    parent = parent !== null && typeof parent === 'object' ? (parent as Record<string, unknown>)[l] : undefined;
  }
  return left.length - right.length;
}

/** The pointer part of a local `$ref` (`#/components/schemas/X` → `/components/schemas/X`), else undefined. */
export function localRefPointer(ref: string): string | undefined {
  if (!ref.startsWith('#')) return undefined;
  try {
    return decodeURIComponent(ref.slice(1));
  } catch {
    return ref.slice(1);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
