import type { RunResult } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { renderHtml, renderJson, renderJunit, renderMarkdown, renderPdf, summaryTable } from '../src/index.js';
import { chromiumPath, cloneSample, hasChromium } from './helpers.js';
import { parseJunit, propertiesOf } from './junit-parse.js';

/** The sample, as a 1.1 run of the kit's own client against its own simulator that passed, unattested. */
function demonstration(): RunResult {
  const run = cloneSample();
  const checks = run.checks.map((check) =>
    check.status === 'fail' || check.status === 'error' ? { ...check, status: 'pass' as const, findings: [] } : check,
  );
  return {
    ...run,
    schemaVersion: '1.1',
    checks,
    subject: { kind: 'kit-reference-client', via: 'kit-client', demonstration: true },
    run: {
      ...run.run,
      selection: { preset: 'full', only: [], skip: [], selected: 31, available: 31, partial: false },
    },
    summary: {
      ...run.summary,
      verdict: 'pass-unattested',
      unattestedRequired: ['roles-and-responsibilities', 'production-scope-requested'],
    },
  };
}

/** A vendor's system through a command adapter, on a partial selection. */
function partialVendorRun(): RunResult {
  const run = demonstration();
  return {
    ...run,
    vendor: { ...run.vendor, system: 'InkassoPro', systemVersion: '7.2.1' },
    subject: { kind: 'vendor-system', via: 'adapter-command', demonstration: false },
    target: { ...run.target, kind: 'vendor', options: { adapter: 'command', port: 0 } },
    run: {
      ...run.run,
      shard: { index: 1, total: 2 },
      selection: { preset: 'client', only: [], skip: ['client-backoff'], selected: 5, available: 31, partial: true },
    },
    summary: { ...run.summary, verdict: 'pass-partial', unattestedRequired: [] },
  };
}

/** Everything in the Markdown before the first "## " heading: what a reader sees first. */
function markdownFirstPage(markdown: string): string {
  return markdown.slice(0, markdown.indexOf('\n## '));
}

/** The HTML report's header, as text. */
function htmlHeaderText(html: string): string {
  const header = /<header class="report-header">([\s\S]*?)<\/header>/.exec(html)?.[1];
  if (!header) throw new Error('no report header');
  return header
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

describe('the first page says what the run is', () => {
  const demo = demonstration();
  const vendor = partialVendorRun();

  it('Markdown: demonstration label, the qualified verdict and the system under test come first', () => {
    const first = markdownFirstPage(renderMarkdown(demo));
    expect(first).toContain('> **Demonstrasjon – ikke en testoppsummering for Skatteetaten**');
    expect(first).toContain('Tester bestått – ikke klar for produksjon: 2 påkrevde punkter er ikke attestert');
    expect(first).toContain('**Testet system:** Verktøyets egen referanseklient mot verktøyets egen simulator');
    expect(first).not.toMatch(/\bBestått\*\*/);
    const english = markdownFirstPage(renderMarkdown(demo, { lang: 'en' }));
    expect(english).toContain('Demonstration – not a test summary for Skatteetaten');
    expect(english).toContain('Tests passed – not ready for production: 2 required items are not attested');

    const partial = renderMarkdown(vendor);
    const partialFirst = markdownFirstPage(partial);
    expect(partialFirst).not.toContain('Demonstrasjon');
    expect(partialFirst).toContain('Tester bestått – delvis kjøring: 5 av 31 kontroller er valgt');
    expect(partialFirst).toContain('Delvis kjøring: bare 5 av 31 kontroller i sjekklisten ble kjørt.');
    expect(partialFirst).toContain('Leverandørens eget system (nådd gjennom en kommando-adapter)');
    const overview = partial.slice(
      partial.indexOf('## Oversikt'),
      partial.indexOf('\n## ', partial.indexOf('## Oversikt') + 1),
    );
    expect(overview).toContain('| System | InkassoPro 7.2.1 |');
    expect(overview).toContain(
      '| Utvalg av kontroller | forhåndsvalg client · 5 av 31 kontroller · uten client-backoff · Del av kjøringen 1 av 2 |',
    );
    expect(overview).toContain('| Oppsett av testmål | adapter=command · port=0 |');
  });

  it('HTML: the header carries the label, the verdict, the subject and the selection', () => {
    const header = htmlHeaderText(renderHtml(demo));
    expect(header).toContain('Demonstrasjon – ikke en testoppsummering for Skatteetaten');
    expect(header).toContain('Tester bestått – ikke klar for produksjon: 2 påkrevde punkter er ikke attestert');
    expect(header).toContain('Testet system Verktøyets egen referanseklient mot verktøyets egen simulator');
    const partial = htmlHeaderText(renderHtml(vendor, { lang: 'en' }));
    expect(partial).not.toContain('Demonstration');
    expect(partial).toContain('Tests passed – partial run: 5 of 31 checks selected');
    expect(partial).toContain("Partial run: only 5 of the checklist's 31 checks ran.");
    expect(partial).toContain("System under test The vendor's own system (reached through a command adapter)");
    expect(partial).toContain('System InkassoPro 7.2.1');
  });

  it('JUnit: the suite name and the run properties say it', () => {
    const document = parseJunit(renderJunit(demo));
    expect(document.testsuites['@_name']).toBe(
      'Testoppsummering – integrasjon mot ELAN (Demonstrasjon – ikke en testoppsummering for Skatteetaten)',
    );
    const properties = new Map(propertiesOf(document.testsuites.testsuite[0]!));
    expect(properties.get('elan.verdict')).toBe('pass-unattested');
    expect(properties.get('elan.verdictText')).toBe(
      'Tester bestått – ikke klar for produksjon: 2 påkrevde punkter er ikke attestert',
    );
    expect(properties.get('elan.demonstration')).toBe('Demonstrasjon – ikke en testoppsummering for Skatteetaten');
    expect(properties.get('elan.subjectKind')).toBe('kit-reference-client');
    expect(properties.get('elan.unattestedRequired')).toBe('roles-and-responsibilities,production-scope-requested');
    const partial = new Map(propertiesOf(parseJunit(renderJunit(vendor)).testsuites.testsuite[0]!));
    expect(partial.get('elan.demonstration')).toBeUndefined();
    expect(partial.get('elan.selectionPartial')).toBe('true');
    expect(partial.get('elan.subjectVia')).toBe('adapter-command');
    expect(partial.get('elan.system')).toBe('InkassoPro 7.2.1');
  });

  it('JSON: the RunResult keeps subject, selection and verdict', () => {
    const parsed = JSON.parse(renderJson(vendor)) as RunResult;
    expect(parsed.subject).toEqual({ kind: 'vendor-system', via: 'adapter-command', demonstration: false });
    expect(parsed.run.selection?.partial).toBe(true);
    expect(parsed.summary.verdict).toBe('pass-partial');
    expect((JSON.parse(renderJson(demo)) as RunResult).subject?.demonstration).toBe(true);
  });

  it('terminal summary: the qualified verdict, the subject and the label', () => {
    const lines = summaryTable(demo).split('\n');
    expect(lines).toContain(
      'Resultat: Tester bestått – ikke klar for produksjon: 2 påkrevde punkter er ikke attestert – Alle automatiske kontroller som er påkrevd, er bestått, men påkrevde punkter i sjekklisten er ikke attestert (se «Manuelle attesteringer»). Oppsummeringen er ikke klar til å sendes til Skatteetaten.',
    );
    expect(lines).toContain('Testet system: Verktøyets egen referanseklient mot verktøyets egen simulator');
    expect(lines).toContain('Demonstrasjon – ikke en testoppsummering for Skatteetaten.');
    const partial = summaryTable(vendor, 'en').split('\n');
    expect(partial).toContain("Partial run: only 5 of the checklist's 31 checks ran.");
    expect(partial.some((line) => line.includes('Demonstration'))).toBe(false);
  });

  it('a 1.0 run from an older kit still renders, and says the subject was not recorded', () => {
    const old = cloneSample();
    expect(old.schemaVersion).toBe('1.0');
    expect(markdownFirstPage(renderMarkdown(old))).toContain(
      '**Testet system:** Ikke registrert (kjøringen er laget av en eldre versjon av verktøyet)',
    );
  });

  it.runIf(hasChromium)('PDF: page 1 carries the label and the qualified verdict', { timeout: 60_000 }, async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const bytes = await renderPdf(demo, { chromium: { executablePath: chromiumPath } });
    const document = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
    const content = await (await document.getPage(1)).getTextContent();
    const page1 = content.items
      .map((item) => ('str' in item ? item.str : ''))
      .join(' ')
      .replace(/\s+/g, ' ');
    await document.destroy();
    expect(page1).toContain('Demonstrasjon – ikke en testoppsummering for Skatteetaten');
    expect(page1).toContain('Tester bestått – ikke klar for produksjon');
    expect(page1).toContain('Verktøyets egen referanseklient mot verktøyets egen simulator');
  });
});
