import type { RunResult } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { compareRuns, renderHtml, renderJunit, renderMarkdown } from '../src/index.js';
import { loadSample, withCheck } from './helpers.js';
import { parseJunit, propertiesOf } from './junit-parse.js';

/** The previous run: two checks had other outcomes, one check did not exist yet, one was later removed. */
function previousRun(current: RunResult): RunResult {
  let previous = withCheck(current, 'verify-duplicate-submission', (check) => ({
    ...check,
    status: 'pass',
    findings: [],
  }));
  previous = withCheck(previous, 'impl-submit-begjaering', (check) => ({ ...check, status: 'fail' }));
  previous = withCheck(previous, 'auth-systembruker', (check) => ({ ...check, status: 'pass', findings: [] }));
  previous = {
    ...previous,
    run: { ...previous.run, id: 'run-20261120-090000-aaaa', startedAt: '2026-11-20T09:00:00.000Z' },
    contract: {
      ...previous.contract,
      modelVersion: '1.1',
      hash: `sha256:${'0'.repeat(64)}`,
      documents: previous.contract.documents.map((document) =>
        document.api === 'utleggsbegjaering'
          ? { ...document, version: '1.1', hash: `sha256:${'1'.repeat(64)}` }
          : document,
      ),
    },
    summary: { ...previous.summary, verdict: 'pass' },
    checks: [
      ...previous.checks.filter(
        (check) => check.id !== 'impl-dialogporten-polling' && check.id !== 'impl-422-kontrollutslag-shape',
      ),
      { ...previous.checks[0]!, id: 'legacy-check', status: 'pass' },
    ],
  };
  return previous;
}

describe('compareRuns', () => {
  const current = loadSample();
  const previous = previousRun(current);
  const comparison = compareRuns(previous, current);

  it('finds new failures, fixed checks, other changes, added and removed checks', () => {
    expect(comparison.newFailures.map((change) => [change.id, change.from, change.to])).toEqual([
      ['impl-422-kontrollutslag-shape', undefined, 'fail'],
      ['verify-duplicate-submission', 'pass', 'fail'],
    ]);
    expect(comparison.fixed.map((change) => [change.id, change.from, change.to])).toEqual([
      ['impl-submit-begjaering', 'fail', 'pass'],
    ]);
    expect(comparison.changed.map((change) => [change.id, change.from, change.to])).toEqual([
      ['auth-systembruker', 'pass', 'skip'],
    ]);
    expect(comparison.added.map((change) => [change.id, change.to])).toEqual([['impl-dialogporten-polling', 'skip']]);
    expect(comparison.removed.map((change) => [change.id, change.from])).toEqual([['legacy-check', 'pass']]);
  });

  it('finds contract, model and verdict changes', () => {
    expect(comparison.contractChanged).toBe(true);
    expect(comparison.modelChanged).toBe(true);
    expect(comparison.verdictChanged).toBe(true);
    expect(comparison.changedDocuments).toEqual(['utleggsbegjaering']);
    expect(comparison.previous).toMatchObject({
      runId: 'run-20261120-090000-aaaa',
      modelVersion: '1.1',
      verdict: 'pass',
    });
  });

  it('finds nothing between a run and itself', () => {
    const same = compareRuns(current, current);
    expect([same.newFailures, same.fixed, same.changed, same.added, same.removed].flat()).toEqual([]);
    expect([same.contractChanged, same.modelChanged, same.verdictChanged]).toEqual([false, false, false]);
  });

  it('is rendered as a section in Markdown', () => {
    const markdown = renderMarkdown(current, { compareWith: previous });
    expect(markdown).toContain('## Endringer siden forrige kjøring');
    expect(markdown).toContain('Sammenlignet med kjøring run-20261120-090000-aaaa (startet 20.11.2026 kl. 10:00).');
    expect(markdown).toContain('- **Resultatet er endret: Bestått → Ikke bestått.**');
    expect(markdown).toContain(
      `- Kontrakten er endret: sha256:${'0'.repeat(64)} → ${current.contract.hash}. (\`utleggsbegjaering\`)`,
    );
    expect(markdown).toContain('- Modellversjonen er endret: 1.1 → 2.0.');
    expect(markdown).toContain('### Nye feil (2)');
    expect(markdown).toContain(
      '| Duplikat innsending avvises `verify-duplicate-submission` | 5 | ✅ Bestått | ❌ Feilet |',
    );
    expect(markdown).toContain('### Rettet (1)');
    expect(markdown).toContain('### Fjernede kontroller (1)');
    expect(renderMarkdown(current)).not.toContain('## Endringer siden forrige kjøring');
  });

  it('is rendered as a section in HTML', () => {
    const html = renderHtml(current, { compareWith: previous, lang: 'en' });
    expect(html).toContain('<section id="comparison"><h2>Changes since the previous run</h2>');
    expect(html).toContain('<h3>New failures (2)</h3>');
    expect(html).toContain('<a href="#comparison">');
    expect(renderHtml(current)).not.toContain('id="comparison"');
  });

  it('summarises the comparison in the JUnit suite properties and marks each testcase with its change', () => {
    const suites = parseJunit(renderJunit(current, { compareWith: previous })).testsuites.testsuite;
    expect(Object.fromEntries(propertiesOf(suites[0] ?? {}))).toMatchObject({
      'elan.previousRunId': 'run-20261120-090000-aaaa',
      'elan.contractChanged': 'true',
      'elan.modelChanged': 'true',
      'elan.newFailures': '2',
      'elan.fixed': '1',
      'elan.changed': '1',
      'elan.added': '1',
      'elan.removed': '1',
    });
    const cases = suites.flatMap((suite) => suite.testcase);
    const change = (id: string) =>
      Object.fromEntries(propertiesOf(cases.find((testcase) => testcase['@_name'].startsWith(`${id} – `)) ?? {}));
    expect(change('verify-duplicate-submission')).toMatchObject({
      'elan.change': 'new-failure',
      'elan.previousStatus': 'pass',
    });
    expect(change('impl-422-kontrollutslag-shape')).toMatchObject({
      'elan.change': 'new-failure',
      'elan.previousStatus': 'absent',
    });
    expect(change('impl-submit-begjaering')).toMatchObject({ 'elan.change': 'fixed', 'elan.previousStatus': 'fail' });
    expect(change('verify-full-flow')).toMatchObject({ 'elan.change': 'unchanged' });
  });
});
