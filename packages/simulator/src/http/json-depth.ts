/**
 * Deepest nesting of arrays and objects a JSON request body may have. ELAN documents nest about ten levels;
 * far deeper input would overflow the stack of recursive code further on (validation, prøving, or
 * JSON.stringify when a stored document is read back), so it is refused with 400 at the door.
 */
export const MAX_JSON_DEPTH = 64;

/** Whether a parsed JSON value nests deeper than `limit` levels (iterative, so any depth is safe to check). */
export function exceedsJsonDepth(value: unknown, limit: number = MAX_JSON_DEPTH): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const stack: Array<{ node: object; depth: number }> = [{ node: value, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return false;
}
