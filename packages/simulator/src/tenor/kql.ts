/**
 * The part of KQL (Kibana Query Language) the Tenor stand-in understands: `field:value`, `field:"quoted value"`,
 * `field:*`, comparisons (`field >= value`), `and`, `or`, `not` and parentheses. That covers the kit's ready-made
 * queries and `tenorMetadata.id:<id>`; anything else is refused with the position it stops at.
 */

export type KqlExpression =
  | { readonly kind: 'and' | 'or'; readonly left: KqlExpression; readonly right: KqlExpression }
  | { readonly kind: 'not'; readonly operand: KqlExpression }
  | { readonly kind: 'match'; readonly field: string; readonly value: string }
  | {
      readonly kind: 'compare';
      readonly field: string;
      readonly operator: '<' | '<=' | '>' | '>=';
      readonly value: string;
    };

export class KqlError extends Error {
  override readonly name = 'KqlError';
  readonly position: number;
  constructor(message: string, position: number) {
    super(message);
    this.position = position;
  }
}

interface Token {
  readonly kind: 'word' | 'quoted' | '(' | ')' | ':' | 'operator';
  readonly text: string;
  readonly position: number;
}

const MAX_QUERY_LENGTH = 2000;

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query[i] as string;
    if (/\s/.test(char)) {
      i++;
    } else if (char === '(' || char === ')' || char === ':') {
      tokens.push({ kind: char, text: char, position: i });
      i++;
    } else if (char === '<' || char === '>') {
      const text = query[i + 1] === '=' ? `${char}=` : char;
      tokens.push({ kind: 'operator', text, position: i });
      i += text.length;
    } else if (char === '"') {
      const end = query.indexOf('"', i + 1);
      if (end < 0) throw new KqlError('unterminated quoted value', i);
      tokens.push({ kind: 'quoted', text: query.slice(i + 1, end), position: i });
      i = end + 1;
    } else {
      const start = i;
      while (i < query.length && !/[\s():<>"]/.test(query[i] as string)) i++;
      tokens.push({ kind: 'word', text: query.slice(start, i), position: start });
    }
  }
  return tokens;
}

export function parseKql(query: string): KqlExpression {
  if (query.length > MAX_QUERY_LENGTH) throw new KqlError(`the query is longer than ${MAX_QUERY_LENGTH} characters`, 0);
  const tokens = tokenize(query);
  let at = 0;
  const peek = () => tokens[at];
  const keyword = (word: string) => {
    const token = peek();
    return token?.kind === 'word' && token.text.toLowerCase() === word;
  };
  const fail = (message: string): never => {
    throw new KqlError(message, peek()?.position ?? query.length);
  };

  const value = (): string => {
    const token = peek();
    if (token?.kind !== 'word' && token?.kind !== 'quoted') return fail('a value is expected');
    at++;
    return token.text;
  };
  const primary = (depth: number): KqlExpression => {
    if (depth > 32) return fail('the query is nested too deeply');
    if (keyword('not')) {
      at++;
      return { kind: 'not', operand: primary(depth + 1) };
    }
    const token = peek();
    if (token?.kind === '(') {
      at++;
      const inner = or(depth + 1);
      if (peek()?.kind !== ')') fail('")" is expected');
      at++;
      return inner;
    }
    if (token?.kind !== 'word') return fail('a field name is expected');
    at++;
    const next = peek();
    if (next?.kind === ':') {
      at++;
      return { kind: 'match', field: token.text, value: value() };
    }
    if (next?.kind === 'operator') {
      at++;
      return { kind: 'compare', field: token.text, operator: next.text as '<' | '<=' | '>' | '>=', value: value() };
    }
    return fail(`"${token.text}" needs ":" or a comparison (free-text search is not supported here)`);
  };
  const and = (depth: number): KqlExpression => {
    let left = primary(depth);
    while (keyword('and')) {
      at++;
      left = { kind: 'and', left, right: primary(depth) };
    }
    return left;
  };
  const or = (depth: number): KqlExpression => {
    let left = and(depth);
    while (keyword('or')) {
      at++;
      left = { kind: 'or', left, right: and(depth) };
    }
    return left;
  };
  if (tokens.length === 0) fail('the query is empty');
  const expression = or(0);
  if (at < tokens.length) fail('"and", "or" or the end of the query is expected');
  return expression;
}

function valuesAt(document: unknown, path: string): unknown[] {
  let current: unknown[] = [document];
  for (const key of path.split('.')) {
    const next: unknown[] = [];
    for (const item of current) {
      const items = Array.isArray(item) ? item : [item];
      for (const element of items) {
        if (element !== null && typeof element === 'object' && key in element) {
          next.push((element as Record<string, unknown>)[key]);
        }
      }
    }
    current = next;
  }
  return current
    .flatMap((item) => (Array.isArray(item) ? item : [item]))
    .filter((item) => item !== undefined && item !== null);
}

function compare(actual: unknown, operator: '<' | '<=' | '>' | '>=', expected: string): boolean {
  const a = typeof actual === 'number' ? actual : String(actual);
  const numeric = typeof a === 'number' || (/^-?\d+(\.\d+)?$/.test(a) && /^-?\d+(\.\d+)?$/.test(expected));
  const left = numeric ? Number(a) : String(a);
  const right = numeric ? Number(expected) : expected;
  switch (operator) {
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
  }
}

/** Whether a document matches; fields are looked up in each of `sources` (the hit, then its kildedata). */
export function matchesKql(expression: KqlExpression, sources: readonly unknown[]): boolean {
  switch (expression.kind) {
    case 'and':
      return matchesKql(expression.left, sources) && matchesKql(expression.right, sources);
    case 'or':
      return matchesKql(expression.left, sources) || matchesKql(expression.right, sources);
    case 'not':
      return !matchesKql(expression.operand, sources);
    case 'match': {
      const values = sources.flatMap((source) => valuesAt(source, expression.field));
      if (expression.value === '*') return values.length > 0;
      const wanted = expression.value.toLowerCase();
      return values.some((value) => String(value).toLowerCase() === wanted);
    }
    case 'compare': {
      const values = sources.flatMap((source) => valuesAt(source, expression.field));
      return values.some((value) => compare(value, expression.operator, expression.value));
    }
  }
}
