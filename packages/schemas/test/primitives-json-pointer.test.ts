import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendPointer, compareDocumentOrder, escapePointerToken, parsePointer, resolvePointer } from '../src/index.js';

describe('JSON pointers (RFC 6901)', () => {
  it('escapes ~ and / in member names', () => {
    expect(escapePointerToken('a/b~c')).toBe('a~1b~0c');
    expect(escapePointerToken('~1')).toBe('~01');
    expect(escapePointerToken(3)).toBe('3');
  });

  it('parses what it escapes, for any member name', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 5 }), (segments) => {
        const pointer = segments.map((segment) => `/${escapePointerToken(segment)}`).join('');
        expect(parsePointer(pointer)).toEqual(segments);
      }),
    );
  });

  it('resolves into objects and arrays, including escaped and non-ASCII names', () => {
    const doc = { 'a/b': { '~x': [10, 20] }, saksøkt: [{ navn: 'Kari' }] };
    expect(resolvePointer(doc, '')).toBe(doc);
    expect(resolvePointer(doc, '/a~1b/~0x/1')).toBe(20);
    expect(resolvePointer(doc, '/saksøkt/0/navn')).toBe('Kari');
    expect(resolvePointer(doc, '/a~1b/~0x/2')).toBeUndefined();
    expect(resolvePointer(doc, '/a~1b/~0x/01')).toBeUndefined();
    expect(resolvePointer(doc, '/finnes/ikke')).toBeUndefined();
    expect(parsePointer('uten-skråstrek')).toBeUndefined();
    expect(resolvePointer(doc, 'uten-skråstrek')).toBeUndefined();
    expect(appendPointer('/a', 0, 'b/c~')).toBe('/a/0/b~1c~0');
  });

  it('orders pointers as the document lists its members and elements', () => {
    const doc = { b: [{ y: 1, x: 2 }], a: 1 };
    const sorted = ['/a', '/b/0/x', '', '/b', '/b/0/y'].sort((p, q) => compareDocumentOrder(doc, p, q));
    expect(sorted).toEqual(['', '/b', '/b/0/y', '/b/0/x', '/a']);
    expect(compareDocumentOrder({ l: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }, '/l/10', '/l/9')).toBeGreaterThan(0);
  });
});
