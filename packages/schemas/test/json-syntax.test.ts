import { describe, expect, it } from 'vitest';
import { locateJsonSyntaxError } from '../src/index.js';

const offsetOf = (text: string) => locateJsonSyntaxError(text)?.offset;

describe('locateJsonSyntaxError', () => {
  it('finds where invalid JSON goes wrong', () => {
    expect(offsetOf('{"a": [1, 2,]}')).toBe(12);
    expect(offsetOf('{"a": tru}')).toBe(6);
    expect(offsetOf('{"a": 1} extra')).toBe(9);
    expect(offsetOf('{"a": 01}')).toBe(7);
    expect(offsetOf('{"a":1,}')).toBe(7);
    expect(offsetOf('')).toBe(0);
  });

  it('points at the string that holds a bad escape or never ends', () => {
    expect(offsetOf('{"a": "x\\q"}')).toBe(6);
    expect(offsetOf('{"a": "unterminated')).toBe(6);
  });

  it('says what is wrong, at which line and column', () => {
    expect(locateJsonSyntaxError('{\n  "a": 1\n  "b" 2\n}')).toEqual({
      message: 'expected "," or a closing bracket, found "\\""',
      offset: 13,
      line: 3,
      column: 3,
    });
    expect(locateJsonSyntaxError('{\n  "a" 2\n}')?.message).toBe('expected ":", found "2"');
    expect(locateJsonSyntaxError('// note\n{}')?.message).toBe('comments are not JSON, found "/"');
    expect(locateJsonSyntaxError('\uFEFF{}')?.message).toBe('expected a JSON value, found a byte order mark (U+FEFF)');
    expect(locateJsonSyntaxError('{"a": ')?.message).toBe('expected a JSON value, found end of input');
  });

  it('accepts everything JSON.parse accepts', () => {
    for (const text of ['{}', '[]', '-0.5e+3', '"\\u00e6\\n"', ' {"a": [true, false, null, {"b": "c"}]} ', 'null']) {
      expect(locateJsonSyntaxError(text)).toBeUndefined();
    }
  });

  it('gives up quietly on absurd nesting', () => {
    expect(locateJsonSyntaxError(`${'['.repeat(200_000)}x`)).toBeUndefined();
  });
});
