import type { CheckResult, RunResult } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import {
  type PlannedCheck,
  progressReporter,
  renderHtml,
  renderJunit,
  renderMarkdown,
  summaryTable,
} from '../src/index.js';
import { loadSample, withCheck } from './helpers.js';
import { parseJunit } from './junit-parse.js';

const ID = 'verify-duplicate-submission';
const EN = 'The second, identical submission answered 201, not 422.';
const NB = 'Den andre, identiske innsendingen svarte 201, ikke 422.';
const INFO_EN = 'Judged 3 recorded exchanges of the vendor system.';

/** The sample with one failing check whose findings carry both languages, and one older, English-only finding. */
function bilingualRun(): RunResult {
  return withCheck(loadSample(), ID, (check) => ({
    ...check,
    findings: [
      { code: 'DUPLICATE_NOT_REJECTED', message: EN, messageNb: NB, expected: 422, actual: 201 },
      { code: 'OBSERVED_CLIENT', severity: 'info', message: INFO_EN },
    ],
  }));
}

function progressLines(run: RunResult, lang: 'nb' | 'en'): string {
  const lines: string[] = [];
  const reporter = progressReporter({ err: (text) => void lines.push(text), interactive: false }, { lang });
  const check = run.checks.find((candidate) => candidate.id === ID) as CheckResult;
  const planned: PlannedCheck = { id: check.id, section: check.section, title: check.title, severity: check.severity };
  reporter.onCheckEnd?.(planned, check);
  return lines.join('\n');
}

describe('finding texts follow the report language', () => {
  const run = bilingualRun();

  it('bokmål Markdown, HTML, summary and progress show the bokmål text, and the English one where there is no other', () => {
    for (const output of [renderMarkdown(run), renderHtml(run), summaryTable(run), progressLines(run, 'nb')]) {
      expect(output).toContain(NB);
      expect(output).not.toContain(EN);
    }
    expect(renderMarkdown(run)).toContain(INFO_EN);
    expect(renderHtml(run)).toContain(INFO_EN);
  });

  it('English output keeps the English text', () => {
    for (const output of [
      renderMarkdown(run, { lang: 'en' }),
      renderHtml(run, { lang: 'en' }),
      summaryTable(run, 'en'),
      progressLines(run, 'en'),
    ]) {
      expect(output).toContain(EN);
      expect(output).not.toContain(NB);
    }
  });

  it('JUnit keeps the English text in the message attribute and adds the bokmål text to the bokmål body', () => {
    const failureOf = (xml: string) => {
      const failure = parseJunit(xml)
        .testsuites.testsuite.flatMap((suite) => suite.testcase)
        .find((testcase) => testcase['@_name'].startsWith(`${ID} – `))?.failure;
      return { '@_message': failure?.['@_message'], '#text': failure?.['#text']?.replaceAll('&#10;', '\n') };
    };
    const nb = failureOf(renderJunit(run));
    expect(nb?.['@_message']).toBe(`DUPLICATE_NOT_REJECTED: ${EN}`);
    expect(nb?.['#text']).toContain(`DUPLICATE_NOT_REJECTED: ${EN}\n  På bokmål: ${NB}`);
    expect(nb?.['#text']).toContain(`OBSERVED_CLIENT: ${INFO_EN}`);
    expect(nb?.['#text']).not.toMatch(/OBSERVED_CLIENT: .*\n {2}På bokmål/);

    const en = failureOf(renderJunit(run, { lang: 'en' }));
    expect(en?.['@_message']).toBe(`DUPLICATE_NOT_REJECTED: ${EN}`);
    expect(en?.['#text']).not.toContain(NB);
  });

  it('redacts secrets in the bokmål text as in the English one', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
    const leaky = withCheck(run, ID, (check) => ({
      ...check,
      findings: [{ code: 'LEAK', message: `token ${jwt}`, messageNb: `tilgangstoken ${jwt}` }],
    }));
    const markdown = renderMarkdown(leaky);
    expect(markdown).toContain('tilgangstoken');
    expect(markdown).not.toContain(jwt);
  });
});
