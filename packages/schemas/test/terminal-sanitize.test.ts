import { describe, expect, it } from 'vitest';
import { sanitizeTerminalText } from '../src/index.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters.
const RAW = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2066-\u2069]/;

describe('the terminal sanitiser', () => {
  it('shows ESC sequences, the one-byte CSI U+009B, OSC titles and carriage returns as inert text', () => {
    const hostile = 'a\u001b[2Jb\u009b2Jc\u001b]0;pwned\u0007d\re\u0008f';
    const shown = sanitizeTerminalText(hostile);
    expect(shown).not.toMatch(RAW);
    expect(shown).toBe('a\u241b[2Jb\\u009b2Jc\u241b]0;pwned\u2407d\u240de\u2408f');
  });

  it('shows bidi overrides, isolates, zero-width and line-separator characters', () => {
    const shown = sanitizeTerminalText('exe\u202Etxt.\u2066x\u2069\u200By\u2028z\uFEFF');
    expect(shown).not.toMatch(RAW);
    expect(shown).toContain('\\u202e');
    expect(shown).toContain('\\u2028');
  });

  it('keeps one line in a line: line feeds and tabs are shown, long blank runs collapsed', () => {
    const shown = sanitizeTerminalText(`GET /x${' '.repeat(200)}\n✓ all checks passed\t`);
    expect(shown).not.toContain('\n');
    expect(shown.length).toBeLessThan(60);
    expect(shown).toContain('\u240a');
  });

  it('keeps line feeds, tabs and alignment in multi-line text, and JSON stays valid with the same value', () => {
    expect(sanitizeTerminalText('a\r\nb\tc    d', { multiline: true })).toBe('a\nb\tc    d');
    const json = JSON.stringify({ key: 'x\u009b\u202Ey' }, null, 2);
    const shown = sanitizeTerminalText(json, { multiline: true });
    expect(shown).not.toMatch(RAW);
    expect(JSON.parse(shown)).toEqual({ key: 'x\u009b\u202Ey' });
  });
});
