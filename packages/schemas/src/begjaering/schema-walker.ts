import { appendPointer, isRecord, localRefPointer, resolvePointer } from '../primitives/json-pointer.js';

/**
 * Walks a JSON value alongside the OpenAPI schema that describes it and reports what ajv's errors do not say
 * directly: which property of which class is not allowed where it stands (with the pointer of the property
 * itself), and which accepted variants carry an `x-elan-avvik` or `deprecated` marker. Unions (`oneOf`/`anyOf`
 * of differently shaped schemas) are resolved to the branch that fits the value best, so a field that is wrong
 * in one branch is not reported because another branch lacks it.
 */

export interface UnknownFieldFinding {
  readonly kind: 'unknown-field';
  /** Pointer of the property itself, e.g. `/kravTilInnkreving/0/kravreferanse`. */
  readonly pointer: string;
  readonly parentPointer: string;
  readonly name: string;
  /** Component (class) name the object's properties come from, e.g. `Krav`. */
  readonly className?: string;
  readonly allowed: readonly string[];
}

export interface DeviationFinding {
  readonly kind: 'deviation';
  readonly pointer: string;
  /** The property name when the marker sits on a property. */
  readonly name?: string;
  readonly className?: string;
  /** Text of `x-elan-avvik`, or the description of a `deprecated` property. */
  readonly message: string;
  readonly deprecated: boolean;
  /** From `x-elan-utfaset`: the model version that deprecated the element, and what replaces it when named. */
  readonly deprecation?: { readonly model: string; readonly replacement?: string };
}

export type WalkFinding = UnknownFieldFinding | DeviationFinding;

interface Resolved {
  readonly schema: Record<string, unknown> | boolean;
  /** Name of the last `#/components/schemas/<name>` on the `$ref` chain. */
  readonly name?: string;
  /** Every node on the `$ref` chain, the starting node first (for annotations). */
  readonly chain: readonly Record<string, unknown>[];
}

interface ObjectShape {
  readonly className?: string;
  readonly properties: ReadonlyMap<string, unknown>;
  readonly closed: boolean;
  readonly additional?: unknown;
}

const MAX_DEPTH = 64;

function schemaNameOf(pointer: string): string | undefined {
  const match = /^\/components\/schemas\/([^/]+)$/.exec(pointer);
  return match?.[1];
}

function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeAllows(type: unknown, actual: string): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
}

export class SchemaWalker {
  private readonly document: Record<string, unknown>;
  /** The document does not change, so resolutions and shapes are computed once per schema node. */
  private readonly resolved = new WeakMap<object, Resolved>();
  private readonly shapes = new WeakMap<object, Map<string, ObjectShape>>();
  private readonly unions = new WeakMap<object, readonly unknown[]>();
  private readonly patterns = new Map<string, RegExp | null>();

  constructor(document: Readonly<Record<string, unknown>>) {
    this.document = document as Record<string, unknown>;
  }

  /** Follows local `$ref`s; unresolvable references resolve to the permissive schema `true`. */
  resolve(node: unknown): Resolved {
    if (!isRecord(node)) return this.resolveUncached(node);
    let entry = this.resolved.get(node);
    if (!entry) {
      entry = this.resolveUncached(node);
      this.resolved.set(node, entry);
    }
    return entry;
  }

  private resolveUncached(node: unknown): Resolved {
    const chain: Record<string, unknown>[] = [];
    let current = node;
    let name: string | undefined;
    const seen = new Set<string>();
    while (isRecord(current)) {
      chain.push(current);
      const ref = current['$ref'];
      if (typeof ref !== 'string') return { schema: current, chain, ...(name ? { name } : {}) };
      const target = localRefPointer(ref);
      if (target === undefined || seen.has(target)) return { schema: true, chain };
      seen.add(target);
      name = schemaNameOf(target) ?? name;
      current = resolvePointer(this.document, target);
    }
    return { schema: typeof current === 'boolean' ? current : true, chain, ...(name ? { name } : {}) };
  }

  /** Every finding for `value` validated against `schema` (a node of the document, e.g. a request body schema). */
  walk(schema: unknown, value: unknown, pointer = ''): WalkFinding[] {
    const findings: WalkFinding[] = [];
    this.visit(schema, value, pointer, undefined, undefined, findings, 0);
    return findings;
  }

  /** Property names per component schema (class), including the object branches of unions. */
  classProperties(): Map<string, Set<string>> {
    const index = new Map<string, Set<string>>();
    const components = resolvePointer(this.document, '/components/schemas');
    if (!isRecord(components)) return index;
    for (const [name, node] of Object.entries(components)) {
      const names = new Set<string>();
      this.collectPropertyNames(node, names, 0);
      if (names.size > 0) index.set(name, names);
    }
    return index;
  }

  private collectPropertyNames(node: unknown, names: Set<string>, depth: number): void {
    if (depth > 8) return;
    const { schema } = this.resolve(node);
    if (!isRecord(schema)) return;
    if (isRecord(schema['properties'])) for (const key of Object.keys(schema['properties'])) names.add(key);
    for (const keyword of ['allOf', 'oneOf', 'anyOf'] as const) {
      const parts = schema[keyword];
      if (!Array.isArray(parts)) continue;
      // Inline parts belong to this class; referenced ones are classes of their own.
      for (const part of parts)
        if (isRecord(part) && !('$ref' in part)) this.collectPropertyNames(part, names, depth + 1);
    }
  }

  private visit(
    node: unknown,
    value: unknown,
    pointer: string,
    className: string | undefined,
    propertyName: string | undefined,
    findings: WalkFinding[],
    depth: number,
  ): void {
    if (depth > MAX_DEPTH) return;
    const resolved = this.resolve(node);
    const ownClass = resolved.name ?? className;
    for (const link of resolved.chain) this.noteAnnotations(link, pointer, className, propertyName, findings);
    const schema = resolved.schema;
    if (!isRecord(schema)) return;

    const branch = this.pickUnionBranch(schema, value);
    if (branch !== undefined) {
      this.visit(branch, value, pointer, ownClass, propertyName, findings, depth + 1);
      return;
    }

    if (Array.isArray(value)) {
      const items = this.findKeyword(schema, 'items', 0);
      if (items !== undefined) {
        for (const [index, element] of value.entries()) {
          this.visit(items, element, appendPointer(pointer, index), ownClass, undefined, findings, depth + 1);
        }
      }
      return;
    }
    if (!isRecord(value)) return;

    const shape = this.shapeOf(schema, ownClass, 0);
    for (const [key, child] of Object.entries(value)) {
      const childPointer = appendPointer(pointer, key);
      const propertySchema = shape.properties.get(key);
      if (propertySchema !== undefined) {
        this.visit(propertySchema, child, childPointer, shape.className, key, findings, depth + 1);
      } else if (shape.additional !== undefined) {
        this.visit(shape.additional, child, childPointer, shape.className, key, findings, depth + 1);
      } else if (shape.closed) {
        findings.push({
          kind: 'unknown-field',
          pointer: childPointer,
          parentPointer: pointer,
          name: key,
          ...(shape.className ? { className: shape.className } : {}),
          allowed: [...shape.properties.keys()],
        });
      }
    }
  }

  private noteAnnotations(
    node: Record<string, unknown>,
    pointer: string,
    className: string | undefined,
    propertyName: string | undefined,
    findings: WalkFinding[],
  ): void {
    const avvik = node['x-elan-avvik'];
    const deprecated = node['deprecated'] === true;
    if (typeof avvik !== 'string' && !deprecated) return;
    const description = typeof node['description'] === 'string' ? node['description'].trim() : 'deprecated';
    const utfaset = node['x-elan-utfaset'];
    const model = isRecord(utfaset) && typeof utfaset['modell'] === 'string' ? utfaset['modell'] : undefined;
    const replacement = isRecord(utfaset) && typeof utfaset['erstattesAv'] === 'string' ? utfaset['erstattesAv'] : '';
    findings.push({
      kind: 'deviation',
      pointer,
      ...(propertyName ? { name: propertyName } : {}),
      ...(className ? { className } : {}),
      message: typeof avvik === 'string' ? avvik : description,
      deprecated,
      ...(model ? { deprecation: replacement ? { model, replacement } : { model } } : {}),
    });
  }

  /** The first value of `keyword` on the schema or its `allOf` parts. */
  private findKeyword(schema: Record<string, unknown>, keyword: string, depth: number): unknown {
    if (schema[keyword] !== undefined) return schema[keyword];
    if (depth > 8 || !Array.isArray(schema['allOf'])) return undefined;
    for (const part of schema['allOf']) {
      const resolved = this.resolve(part).schema;
      if (!isRecord(resolved)) continue;
      const found = this.findKeyword(resolved, keyword, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  private shapeOf(schema: Record<string, unknown>, className: string | undefined, depth: number): ObjectShape {
    const key = className ?? '';
    let byClass = this.shapes.get(schema);
    const cached = byClass?.get(key);
    if (cached) return cached;
    const shape = this.buildShape(schema, className, depth);
    if (!byClass) {
      byClass = new Map();
      this.shapes.set(schema, byClass);
    }
    byClass.set(key, shape);
    return shape;
  }

  private buildShape(schema: Record<string, unknown>, className: string | undefined, depth: number): ObjectShape {
    const properties = new Map<string, unknown>();
    let closed = schema['additionalProperties'] === false;
    const ownAdditional = schema['additionalProperties'];
    let additional: unknown = isRecord(ownAdditional) ? ownAdditional : undefined;
    let name = className;
    if (isRecord(schema['properties']))
      for (const [key, child] of Object.entries(schema['properties'])) properties.set(key, child);
    if (depth < 8 && Array.isArray(schema['allOf'])) {
      for (const part of schema['allOf']) {
        const resolved = this.resolve(part);
        if (!isRecord(resolved.schema)) continue;
        const inner = this.shapeOf(resolved.schema, resolved.name ?? name, depth + 1);
        for (const [key, child] of inner.properties) if (!properties.has(key)) properties.set(key, child);
        closed = closed || inner.closed;
        additional = additional ?? inner.additional;
        name = name ?? inner.className;
      }
    }
    return {
      properties,
      closed,
      ...(additional === undefined ? {} : { additional }),
      ...(name ? { className: name } : {}),
    };
  }

  /** A branch defines a shape when it is a reference or declares a type; `{ required: [...] }` only constrains. */
  private definesShape(branch: unknown): boolean {
    return isRecord(branch) && (typeof branch['$ref'] === 'string' || branch['type'] !== undefined);
  }

  /** Whether `text` matches a schema `pattern` (a pattern that is not a valid expression matches nothing). */
  private matches(pattern: string, text: string): boolean {
    let expression = this.patterns.get(pattern);
    if (expression === undefined) {
      try {
        expression = new RegExp(pattern, 'u');
      } catch {
        expression = null;
      }
      this.patterns.set(pattern, expression);
    }
    return expression?.test(text) === true;
  }

  private unionBranches(schema: Record<string, unknown>): readonly unknown[] {
    let branches = this.unions.get(schema);
    if (!branches) {
      branches = [schema['oneOf'], schema['anyOf']]
        .filter(Array.isArray)
        .flat()
        .filter((branch) => this.definesShape(branch));
      this.unions.set(schema, branches);
    }
    return branches;
  }

  private pickUnionBranch(schema: Record<string, unknown>, value: unknown): unknown {
    const branches = this.unionBranches(schema);
    if (branches.length === 0) return undefined;
    if (branches.length === 1) return branches[0];
    let best: unknown;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const branch of branches) {
      const score = this.fit(branch, value);
      if (score > bestScore) {
        best = branch;
        bestScore = score;
      }
    }
    return bestScore === Number.NEGATIVE_INFINITY ? branches[0] : best;
  }

  /** How well a value fits a branch: -∞ for a type mismatch, else matched keys minus unknown and missing ones. */
  private fit(branch: unknown, value: unknown): number {
    const { schema, name } = this.resolve(branch);
    if (!isRecord(schema)) return schema ? 0 : Number.NEGATIVE_INFINITY;
    const actual = jsonTypeOf(value);
    if (schema['type'] !== undefined && !typeAllows(schema['type'], actual)) return Number.NEGATIVE_INFINITY;
    if (schema['type'] === undefined && isRecord(schema['properties']) && actual !== 'object')
      return Number.NEGATIVE_INFINITY;
    if (typeof value === 'string' && typeof schema['pattern'] === 'string' && !this.matches(schema['pattern'], value))
      return Number.NEGATIVE_INFINITY;
    const nested = this.pickUnionBranch(schema, value);
    if (nested !== undefined) return this.fit(nested, value);
    if (!isRecord(value)) return 0;
    const shape = this.shapeOf(schema, name, 0);
    const keys = Object.keys(value);
    const matched = keys.filter((key) => shape.properties.has(key)).length;
    const unknown = shape.closed ? keys.length - matched : 0;
    const required = Array.isArray(schema['required']) ? schema['required'] : [];
    const missing = required.filter((key) => typeof key === 'string' && !(key in value)).length;
    return matched * 2 - unknown - missing;
  }
}
