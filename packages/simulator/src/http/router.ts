/** A path template such as `/api/utleggsbegjaering/v2/status/{eksternSaksreferanse}`. */
export interface RoutePattern {
  readonly method: string;
  readonly template: string;
}

export type RouteMatch<R extends RoutePattern> =
  | { readonly kind: 'found'; readonly route: R; readonly params: Readonly<Record<string, string>> }
  | { readonly kind: 'method-not-allowed'; readonly allow: readonly string[] }
  | { readonly kind: 'not-found' };

interface CompiledRoute<R extends RoutePattern> {
  readonly route: R;
  /** Literal segment, or `null` for a parameter. */
  readonly segments: ReadonlyArray<string | null>;
  readonly paramNames: readonly string[];
  readonly literalCount: number;
}

function splitPath(pathname: string): string[] {
  const parts = pathname.split('/');
  // Leading '' from the first slash; a trailing slash is not a separate resource.
  parts.shift();
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/**
 * Matches a request to the route table. Static paths are one map lookup; templated paths prefer the route
 * with the most literal segments (`/valider` beats `/{eksternSaksreferanse}`).
 */
export class Router<R extends RoutePattern> {
  readonly #static = new Map<string, Map<string, R>>();
  readonly #templated: CompiledRoute<R>[] = [];

  constructor(routes: readonly R[]) {
    for (const route of routes) {
      const segments = splitPath(route.template).map((segment) => (/^\{[^}]+\}$/.test(segment) ? null : segment));
      if (segments.every((segment) => segment !== null)) {
        const key = `/${segments.join('/')}`;
        const byMethod = this.#static.get(key) ?? new Map<string, R>();
        byMethod.set(route.method, route);
        this.#static.set(key, byMethod);
      }
      const paramNames = splitPath(route.template)
        .filter((segment) => /^\{[^}]+\}$/.test(segment))
        .map((segment) => segment.slice(1, -1));
      this.#templated.push({
        route,
        segments,
        paramNames,
        literalCount: segments.filter((segment) => segment !== null).length,
      });
    }
    this.#templated.sort((a, b) => b.literalCount - a.literalCount);
  }

  match(method: string, pathname: string): RouteMatch<R> {
    const normalised = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
    const exact = this.#static.get(normalised)?.get(method);
    if (exact) return { kind: 'found', route: exact, params: {} };

    const parts = splitPath(pathname);
    const allow = new Set<string>();
    for (const compiled of this.#templated) {
      const params = matchSegments(compiled, parts);
      if (params === undefined) continue;
      if (compiled.route.method === method) return { kind: 'found', route: compiled.route, params };
      allow.add(compiled.route.method);
    }
    if (allow.size > 0) return { kind: 'method-not-allowed', allow: [...allow].sort() };
    return { kind: 'not-found' };
  }
}

function matchSegments<R extends RoutePattern>(
  compiled: CompiledRoute<R>,
  parts: readonly string[],
): Record<string, string> | undefined {
  if (compiled.segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  let name = 0;
  for (let index = 0; index < parts.length; index++) {
    const expected = compiled.segments[index];
    const actual = parts[index] ?? '';
    if (expected === null) {
      if (actual === '') return undefined;
      let decoded: string;
      try {
        decoded = decodeURIComponent(actual);
      } catch {
        return undefined;
      }
      params[compiled.paramNames[name++] ?? ''] = decoded;
    } else if (expected !== actual) {
      return undefined;
    }
  }
  return params;
}
