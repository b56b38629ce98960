import { isRecord } from '../primitives/json-pointer.js';

interface Segment {
  readonly literal?: string;
  readonly pattern?: RegExp;
  readonly names: readonly string[];
}

interface Candidate<T> {
  readonly value: T;
  readonly segments: readonly Segment[];
  readonly literalCount: number;
  readonly order: number;
}

export interface PathMatch<T> {
  readonly value: T;
  readonly pathParams: Record<string, string>;
}

/**
 * Matches request paths against OpenAPI path templates. Each template is tried under every base
 * path its servers declare (`https://host/api/x/v2` + `/valider`), so a document written with full
 * paths and one written with a server base path both match `/api/x/v2/valider`. Concrete segments
 * win over templated ones (`/status/endringer` before `/status/{id}`), as OpenAPI requires.
 */
export class PathMatcher<T> {
  private readonly byMethod = new Map<string, Map<number, Candidate<T>[]>>();
  private order = 0;

  add(method: string, basePaths: readonly string[], template: string, value: T): void {
    const byLength = this.byMethod.get(method.toUpperCase()) ?? new Map<number, Candidate<T>[]>();
    this.byMethod.set(method.toUpperCase(), byLength);
    for (const basePath of new Set(basePaths)) {
      const segments = splitPath(basePath + template).map(compileSegment);
      const candidate: Candidate<T> = {
        value,
        segments,
        literalCount: segments.filter((segment) => segment.literal !== undefined).length,
        order: this.order++,
      };
      const list = byLength.get(segments.length) ?? [];
      list.push(candidate);
      list.sort(bySpecificity);
      byLength.set(segments.length, list);
    }
  }

  match(method: string, pathname: string): PathMatch<T> | undefined {
    const candidates = this.byMethod.get(method.toUpperCase());
    if (!candidates) return undefined;
    const parts = splitPath(stripQuery(pathname));
    for (const candidate of candidates.get(parts.length) ?? []) {
      const pathParams = matchSegments(candidate.segments, parts);
      if (pathParams) return { value: candidate.value, pathParams };
    }
    return undefined;
  }
}

/** Path part of every server URL (variables replaced by their defaults); `''` for a bare host. */
export function serverBasePaths(servers: unknown): string[] {
  if (!Array.isArray(servers) || servers.length === 0) return [''];
  const paths = servers.filter(isRecord).map((server) => basePathOf(substituteVariables(server)));
  return paths.length === 0 ? [''] : [...new Set(paths)];
}

function substituteVariables(server: Record<string, unknown>): string {
  const url = typeof server['url'] === 'string' ? server['url'] : '';
  const variables = isRecord(server['variables']) ? server['variables'] : {};
  return url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const variable = variables[name];
    return isRecord(variable) && typeof variable['default'] === 'string' ? variable['default'] : whole;
  });
}

function basePathOf(url: string): string {
  let path = url;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(url);
  if (scheme) path = url.slice(scheme[0].length);
  else if (url.startsWith('//')) path = url.replace(/^\/\/[^/]*/, '');
  path = stripQuery(path)
    .replace(/^\.(?=\/)/, '')
    .replace(/\/+$/, '');
  if (path !== '' && !path.startsWith('/')) path = `/${path}`;
  return path;
}

function stripQuery(path: string): string {
  const end = path.search(/[?#]/);
  return end === -1 ? path : path.slice(0, end);
}

function splitPath(path: string): string[] {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return [''];
  return trimmed.split('/').slice(trimmed.startsWith('/') ? 1 : 0);
}

function compileSegment(segment: string): Segment {
  if (!segment.includes('{')) return { literal: segment, names: [] };
  const names: string[] = [];
  let source = '';
  let rest = segment;
  for (let match = /\{([^}]*)\}/.exec(rest); match; match = /\{([^}]*)\}/.exec(rest)) {
    source += escapeRegExp(rest.slice(0, match.index)) + '([^/]+?)';
    names.push(match[1] ?? '');
    rest = rest.slice(match.index + match[0].length);
  }
  source += escapeRegExp(rest);
  return { pattern: new RegExp(`^${source}$`), names };
}

function matchSegments(segments: readonly Segment[], parts: readonly string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    const part = parts[index]!;
    if (segment.literal !== undefined) {
      if (segment.literal !== part) return undefined;
      continue;
    }
    const match = segment.pattern!.exec(part);
    if (!match) return undefined;
    segment.names.forEach((name, position) => {
      params[name] = decodeSegment(match[position + 1] ?? '');
    });
  }
  return params;
}

function decodeSegment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function bySpecificity<T>(a: Candidate<T>, b: Candidate<T>): number {
  for (let index = 0; index < a.segments.length; index++) {
    const aLiteral = a.segments[index]!.literal !== undefined;
    const bLiteral = b.segments[index]!.literal !== undefined;
    if (aLiteral !== bLiteral) return aLiteral ? -1 : 1;
  }
  return b.literalCount - a.literalCount || a.order - b.order;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
