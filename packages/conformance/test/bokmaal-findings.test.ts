import { renderHtml, renderMarkdown } from '@elan-kit/reporter';
import { describe, expect, it } from 'vitest';
import { findingsWithoutBokmaal } from './support/bilingual.js';
import { runAgainstSimulator } from './support/run-simulator.js';

/** Phrases of the English finding texts of a full simulator run: none may be left in the bokmål summary. */
const ENGLISH_MARKERS = [
  'Not applicable to the',
  'Judged',
  'recorded exchange(s)',
  'Token obtained',
  'was not sent',
  'Kontrollutslag confirmed per vilkår group',
  'Validated',
  'covering',
  'Scanned',
  'Decoded claims',
  'Submitted case',
  'Not attested yet',
  'The grant uses a key',
];

describe('finding texts in bokmål', () => {
  it('a full simulator run writes every finding in both languages, and the bokmål summary has no English finding text', {
    timeout: 60_000,
  }, async () => {
    const result = await runAgainstSimulator();
    const findings = result.checks.flatMap((check) => check.findings);
    expect(findings.length).toBeGreaterThan(20);
    expect(findingsWithoutBokmaal(result)).toEqual([]);

    const english = renderMarkdown(result, { lang: 'en' });
    const bokmaal = renderMarkdown(result, { lang: 'nb' });
    const html = renderHtml(result, { lang: 'nb' });
    for (const marker of ENGLISH_MARKERS) {
      expect(english, `the English report says "${marker}"`).toContain(marker);
      expect(bokmaal, `the bokmål report still says "${marker}"`).not.toContain(marker);
      expect(html, `the bokmål HTML still says "${marker}"`).not.toContain(marker);
    }
    expect(bokmaal).toContain('Gjelder ikke for testmålet simulator');
    expect(bokmaal).toContain('Tilgangstoken hentet fra');
    expect(bokmaal).toContain('Bekreftede kontrollutslag per vilkårsgruppe');
  });
});
