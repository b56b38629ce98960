/** JSON pointers (RFC 6901): `''` is the document, `/a/0/b~1c` is `doc.a[0]["b/c"]`. */

export function escapeSegment(segment: string | number): string {
  if (typeof segment === 'number') return String(segment);
  if (segment.indexOf('~') === -1 && segment.indexOf('/') === -1) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function childPointer(parent: string, segment: string | number): string {
  return `${parent}/${escapeSegment(segment)}`;
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new SyntaxError(`"${pointer}" is not a JSON pointer`);
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value a pointer designates, or `undefined` when it designates nothing. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  let current: unknown = document;
  for (const segment of parsePointer(pointer)) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9]\d*)$/.test(segment)) return undefined;
      current = current[Number(segment)];
    } else if (current !== null && typeof current === 'object' && Object.hasOwn(current, segment)) {
      current = (current as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return current;
}

/**
 * Orders two pointers as their targets appear in the document: array elements by index, object members by the
 * order of the object's keys, an ancestor before its descendants.
 */
export function compareDocumentOrder(document: unknown, a: string, b: string): number {
  if (a === b) return 0;
  const left = parsePointer(a);
  const right = parsePointer(b);
  let parent: unknown = document;
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const l = left[i] as string;
    const r = right[i] as string;
    if (l !== r) {
      if (Array.isArray(parent)) return Number(l) - Number(r);
      if (parent !== null && typeof parent === 'object') {
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
