import { SchemaWalker, type UnknownFieldFinding } from '../begjaering/schema-walker.js';
import { appendPointer, isRecord, resolvePointer } from '../primitives/json-pointer.js';

/** A member of a request body that ELAN does not read: an explicit `null`, or a property the object does not have. */
export interface IgnoredMember {
  readonly pointer: string;
  readonly kind: 'null' | 'unknown';
}

export interface ElanReading {
  /** The body as ELAN reads it: `null` members dropped, and unknown ones where the contract does not close them. */
  readonly body: unknown;
  readonly ignored: readonly IgnoredMember[];
}

/** Unknown members are removed in rounds: removing one can settle which branch of a union an object takes. */
const MAX_ROUNDS = 8;

function dropNulls(value: unknown, pointer: string, ignored: IgnoredMember[]): unknown {
  if (Array.isArray(value)) return value.map((item, index) => dropNulls(item, appendPointer(pointer, index), ignored));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const at = appendPointer(pointer, key);
    if (child === null) ignored.push({ pointer: at, kind: 'null' });
    else out[key] = dropNulls(child, at, ignored);
  }
  return out;
}

const walkers = new WeakMap<object, SchemaWalker>();

function walkerFor(document: Record<string, unknown>): SchemaWalker {
  let walker = walkers.get(document);
  if (!walker) {
    walker = new SchemaWalker(document);
    walkers.set(document, walker);
  }
  return walker;
}

/**
 * Reads a JSON request body as ELAN does (A-ELAN-LESER in `contract/assumptions.ts`): an explicit `null` is the
 * member being absent, and a property the schema does not define is ignored, unless `closed` says the contract in
 * use closes its objects (an official document with `additionalProperties: false`), in which case the schema's
 * own answer stands. The body passed in is not changed.
 */
export function readAsElan(
  document: Record<string, unknown>,
  schema: unknown,
  body: unknown,
  options: { readonly closed: boolean },
): ElanReading {
  const ignored: IgnoredMember[] = [];
  const working = dropNulls(body, '', ignored);
  if (options.closed) return { body: working, ignored };
  const walker = walkerFor(document);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const unknown = walker
      .walk(schema, working)
      .filter((finding): finding is UnknownFieldFinding => finding.kind === 'unknown-field');
    if (unknown.length === 0) break;
    for (const finding of unknown) {
      const parent = resolvePointer(working, finding.parentPointer);
      if (!isRecord(parent) || !(finding.name in parent)) continue;
      delete parent[finding.name];
      ignored.push({ pointer: finding.pointer, kind: 'unknown' });
    }
  }
  return { body: working, ignored };
}
