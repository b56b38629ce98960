import { describe, expect, it } from 'vitest';
import { locateInvalidUtf8, locateJsonSyntaxError } from '../src/index.js';

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

  it('points at the bad escape or control character in a string, and at the start of one that never ends', () => {
    expect(offsetOf('{"a": "x\\q"}')).toBe(8);
    expect(offsetOf('{"a": "ok\\n, \\u12"}')).toBe(13);
    expect(locateJsonSyntaxError('{"a": "x\u0013y"}')).toMatchObject({
      offset: 8,
      message: 'unescaped control character in string, found "\\u0013"',
    });
    expect(locateJsonSyntaxError('{"a": "unterminated')).toMatchObject({
      offset: 6,
      message: 'unterminated string (it starts here)',
    });
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

describe('locateInvalidUtf8', () => {
  it('finds the first byte that is not UTF-8, after multi-byte characters and on a later line', () => {
    const bytes = Buffer.concat([
      Buffer.from('{"a": "æ😀\uFFFD",\n "b": "tr', 'utf8'),
      Buffer.from([0xe6]),
      Buffer.from('ffe"}', 'utf8'),
    ]);
    expect(locateInvalidUtf8(bytes)).toEqual({ offset: bytes.indexOf(0xe6, 10), byte: 0xe6, line: 2, column: 10 });
  });

  it('says nothing about valid UTF-8', () => {
    expect(locateInvalidUtf8(Buffer.from('{"navn": "Ærlig Øvre Åsen 😀"}', 'utf8'))).toBeUndefined();
    expect(locateInvalidUtf8(new Uint8Array())).toBeUndefined();
  });
});
