/**
 * Deepest nesting of arrays and objects a JSON request body may have. ELAN documents nest about ten levels;
 * far deeper input would overflow the stack of recursive code further on (validation, prøving, or
 * JSON.stringify when a stored document is read back), so it is refused with 400 at the door.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether a parsed JSON value nests deeper than `limit` levels. The recursion stops at `limit`, so it is safe on
 * any input, and it allocates nothing (it runs on every request body).
 */
export function exceedsJsonDepth(value: unknown, limit: number = MAX_JSON_DEPTH): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (limit <= 0) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (exceedsJsonDepth(value[i], limit - 1)) return true;
  } else {
    const record = value as Record<string, unknown>;
    for (const key in record) if (exceedsJsonDepth(record[key], limit - 1)) return true;
  }
  return false;
}
