import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferedOutput, runCli } from '../src/index.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters.
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

// The kit's own colours (validate on a terminal): ESC [ digits m.
const KIT_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g');

describe('bytes from a file never reach the terminal raw', () => {
  it('validate shows hostile keys and values inert, with and without colours', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'elan-kit-hostile-'));
    const hostile = { '\u001b]0;pwned\u0007\u001b[2J': '\u009b31m\u202Efake', '\n✓ valid': 1 };
    writeFileSync(join(cwd, 'evil\u001b[1A.json'), JSON.stringify(hostile));
    for (const interactive of [false, true]) {
      const output = bufferedOutput({ interactive });
      await runCli(['validate', '.', '--today', '2026-01-05'], {
        output,
        cwd,
        env: {},
        stdin: async () => Buffer.alloc(0),
        signal: new AbortController().signal,
      });
      const text = `${output.stdout()}${output.stderr()}`.replace(KIT_COLOUR, '');
      expect(text).not.toMatch(RAW_CONTROL);
      expect(text).toContain('\u241b');
    }
  });
});
