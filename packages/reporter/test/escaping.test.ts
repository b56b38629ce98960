import type { RunResult } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownCode } from '../src/escape.js';
import { renderHtml, renderJunit, renderMarkdown, summaryTable } from '../src/index.js';
import { exchange, loadSample, withCheck } from './helpers.js';
import { parseJunit, propertiesOf } from './junit-parse.js';

const SCRIPT = '<script>alert("x")</script>';
const CDATA_END = 'ends ]]> here';
const PIPES = 'a | b || c';
const CONTROL = 'bell\u0007 nul\u0000 esc\u001b[31m red';
const BIDI = 'safe\u202Etxt.exe';
const ATTRIBUTE_BREAK = 'x" onmouseover="alert(1)';
const MARKDOWN = '# heading [link](javascript:alert(1)) **bold** `code` <b>';
const LONG_BODY = `${'A'.repeat(150_000)}END-OF-LONG-BODY`;

/** A run whose every free-text field is hostile. */
function hostileRun(): RunResult {
  const sample = loadSample();
  const hostile = withCheck(sample, 'verify-duplicate-submission', (check) => ({
    ...check,
    id: ATTRIBUTE_BREAK,
    title: { nb: `${SCRIPT} ${MARKDOWN}`, en: SCRIPT },
    description: { nb: `${PIPES}\nsecond line ${CONTROL}`, en: PIPES },
    reference: BIDI,
    vilkaar: [SCRIPT],
    findings: [
      {
        code: `${SCRIPT}|code`,
        message: `${CDATA_END} ${PIPES} ${CONTROL} ${SCRIPT}`,
        pointer: `/a|b/${SCRIPT}`,
        expected: { html: SCRIPT, pipes: PIPES },
        actual: `${MARKDOWN}\n${CDATA_END}`,
      },
    ],
    evidence: [
      exchange({
        id: ATTRIBUTE_BREAK,
        method: SCRIPT,
        url: `http://127.0.0.1:43117/x?q=${encodeURIComponent(SCRIPT)}&p=${PIPES}`,
        korrelasjonsid: `${SCRIPT}${CDATA_END}`,
        note: `${CONTROL} ${BIDI}`,
        request: { headers: { [SCRIPT]: `${CDATA_END}${ATTRIBUTE_BREAK}` }, body: LONG_BODY },
        response: { headers: {}, body: { [SCRIPT]: CDATA_END, long: LONG_BODY } },
      }),
    ],
  }));
  return {
    ...hostile,
    vendor: { ...hostile.vendor, name: `${SCRIPT} ${PIPES}`, system: ATTRIBUTE_BREAK },
    target: { ...hostile.target, baseUrls: { [SCRIPT]: `${CDATA_END}${PIPES}` } },
    notes: [`${MARKDOWN} ${CONTROL}`],
    vilkaarCoverage: {
      catalogSize: 2,
      applicable: [SCRIPT, ATTRIBUTE_BREAK],
      exercised: [SCRIPT],
    },
  };
}

/** Markdown with its inline code spans removed (their content is literal text, never markup). */
function withoutCodeSpans(markdown: string): string {
  let out = '';
  let index = 0;
  while (index < markdown.length) {
    const open = /`+/.exec(markdown.slice(index));
    if (!open) break;
    const start = index + open.index;
    const fence = open[0];
    const close = new RegExp(`(?<!\`)${fence}(?!\`)`).exec(markdown.slice(start + fence.length));
    if (markdown[start - 1] === '\\' || !close) {
      out += markdown.slice(index, start + fence.length);
      index = start + fence.length;
      continue;
    }
    out += markdown.slice(index, start);
    index = start + fence.length + close.index + fence.length;
  }
  return out + markdown.slice(index);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters.
const RAW_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202E]/;

describe('escaping of hostile values', () => {
  const run = hostileRun();

  it('HTML: no markup, attribute break-out or control character gets through', () => {
    const html = renderHtml(run);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toMatch(/\sonmouseover="/);
    expect(html).toContain('x&quot; onmouseover=&quot;alert(1)');
    expect(html).not.toMatch(RAW_CONTROL);
    expect(html).toContain('bell\u2407 nul\u2400 esc\u241B[31m red');
    expect(html.match(/<article class="check /g)).toHaveLength(run.checks.length);
  });

  it('HTML: very long bodies are cut', () => {
    const html = renderHtml(run);
    expect(html).not.toContain('END-OF-LONG-BODY');
    expect(html.length).toBeLessThan(300_000);
  });

  it('Markdown: tables keep their columns, and nothing becomes markup or a heading', () => {
    const markdown = renderMarkdown(run);
    expect(markdown).not.toMatch(RAW_CONTROL);
    const prose = withoutCodeSpans(markdown);
    // Outside code spans every `<`, `[`, `]`, `*`, `#` and `|` from the run is backslash-escaped.
    expect(prose).not.toMatch(/(?<!\\)</);
    expect(prose).not.toMatch(/(?<!\\)\]\(/);
    expect(prose).toContain('\\<script\\>alert("x")\\</script\\>');
    const lines = markdown.split('\n');
    // Every table row has as many unescaped pipes as its header row.
    let columns = 0;
    for (const [index, line] of lines.entries()) {
      if (!line.startsWith('|')) {
        columns = 0;
        continue;
      }
      const pipes = line.match(/(?<!\\)\|/g)?.length ?? 0;
      if (columns === 0) columns = pipes;
      expect(pipes, `line ${index + 1}: ${line.slice(0, 80)}`).toBe(columns);
    }
    // Headings are only the report's own.
    const headings = lines.filter((line) => line.startsWith('#'));
    expect(headings.every((line) => /^#{1,4} [^#]/.test(line))).toBe(true);
    expect(headings.some((line) => line.includes('\\# heading \\[link\\](javascript:alert(1)) \\*\\*bold\\*\\*'))).toBe(
      true,
    );
  });

  it('Markdown: helpers escape pipes, code fences and line breaks', () => {
    expect(escapeMarkdown('a|b\nc')).toBe('a\\|b c');
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`x`')).toBe('`` `x` ``');
    expect(markdownCode('x|y')).toBe('`x\\|y`');
    expect(markdownCode('x|y', false)).toBe('`x|y`');
  });

  it('JUnit: well-formed XML in which every hostile value round-trips safely', () => {
    const xml = renderJunit(run);
    expect(xml).not.toContain(']]>');
    expect(xml).not.toMatch(RAW_CONTROL);
    const testcase = parseJunit(xml)
      .testsuites.testsuite.flatMap((suite) => suite.testcase)
      .find((candidate) => candidate['@_name'].startsWith(ATTRIBUTE_BREAK));
    expect(testcase?.failure?.['@_message']).toBe(
      `${SCRIPT}|code: ${CDATA_END} ${PIPES} bell\u2407 nul\u2400 esc\u241B[31m red ${SCRIPT}`,
    );
    expect(propertiesOf(testcase ?? {})).toContainEqual(['korrelasjonsid', `${SCRIPT}${CDATA_END}`]);
    const out = testcase?.['system-out'] ?? '';
    expect(out).toContain(`${SCRIPT} http://127.0.0.1:43117/x?q=`);
    expect(out).not.toContain('END-OF-LONG-BODY');
  });

  it('terminal: no escape sequences reach the summary table', () => {
    const table = summaryTable(withCheck(run, ATTRIBUTE_BREAK, (check) => check));
    expect(table).not.toMatch(RAW_CONTROL);
    expect(table).toContain('esc\u241B[31m');
  });
});
