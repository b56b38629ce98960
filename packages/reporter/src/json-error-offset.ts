/**
 * Finds where strict JSON text first goes wrong. V8's `JSON.parse` message only sometimes carries a
 * position, and users need a line and column to fix a hand-edited file.
 */

class Stop {
  constructor(readonly offset: number) {}
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

function scan(text: string): void {
  let index = 0;
  const skipWhitespace = () => {
    while (WHITESPACE.has(text[index] ?? '')) index++;
  };
  const expect = (character: string) => {
    if (text[index] !== character) throw new Stop(index);
    index++;
  };
  const string = () => {
    expect('"');
    for (;;) {
      const character = text[index];
      if (character === undefined || character < ' ') throw new Stop(index);
      if (character === '"') {
        index++;
        return;
      }
      if (character === '\\') {
        STRING_ESCAPE.lastIndex = index;
        if (!STRING_ESCAPE.test(text)) throw new Stop(index);
        index = STRING_ESCAPE.lastIndex;
        continue;
      }
      index++;
    }
  };
  const value = (): void => {
    skipWhitespace();
    const character = text[index];
    if (character === '{') {
      index++;
      skipWhitespace();
      if (text[index] === '}') {
        index++;
        return;
      }
      for (;;) {
        skipWhitespace();
        string();
        skipWhitespace();
        expect(':');
        value();
        skipWhitespace();
        if (text[index] === ',') {
          index++;
          continue;
        }
        expect('}');
        return;
      }
    }
    if (character === '[') {
      index++;
      skipWhitespace();
      if (text[index] === ']') {
        index++;
        return;
      }
      for (;;) {
        value();
        skipWhitespace();
        if (text[index] === ',') {
          index++;
          continue;
        }
        expect(']');
        return;
      }
    }
    if (character === '"') {
      string();
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, index)) {
        index += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = index;
    if (NUMBER.test(text)) {
      index = NUMBER.lastIndex;
      return;
    }
    throw new Stop(index);
  };
  value();
  skipWhitespace();
  if (index < text.length) throw new Stop(index);
}

/** The offset of the first character that makes `text` invalid JSON, or `undefined` when it is valid. */
export function findJsonErrorOffset(text: string): number | undefined {
  try {
    scan(text);
    return undefined;
  } catch (error) {
    // Anything else is a stack overflow on absurdly deep nesting: no position then.
    return error instanceof Stop ? error.offset : undefined;
  }
}
