import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/index.js';
import { loadSample, withCheck } from './helpers.js';

/** The text of an element found by a simple id, with tags stripped and entities for `<>&` decoded. */
function textOf(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  expect(start, `element #${id}`).toBeGreaterThanOrEqual(0);
  const end = html.indexOf('</section>', start);
  return html
    .slice(start, end === -1 ? undefined : end)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('HTML report', () => {
  const sample = loadSample();
  const html = renderHtml(sample);

  it('is one self-contained document: inline CSS, no scripts, no external resources, a strict CSP', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="nb">')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|@font-face/i);
    expect(html).not.toMatch(/\s(src|srcset)=/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.every((href) => href?.startsWith('#'))).toBe(true);
    expect(html).toContain(
      'content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:; form-action &#39;none&#39;"',
    );
  });

  it('has a print stylesheet', () => {
    expect(html).toContain('@media print');
    expect(html).toContain('@page { size: A4;');
  });

  it('shows the title, the verdict and the vendor', () => {
    expect(html).toContain(
      '<title>Testoppsummering – integrasjon mot ELAN · Fjordinkasso Systemer AS · 26.11.2026 kl. 21:30</title>',
    );
    expect(html).toContain('<h1>Testoppsummering – integrasjon mot ELAN</h1>');
    expect(textOf(html, 'verdict')).toContain('Resultat Ikke bestått');
    const overview = textOf(html, 'overview');
    for (const expected of [
      'Fjordinkasso Systemer AS',
      '312345678',
      'InkassoPro 7.2',
      'ola.hansen@fjordinkasso.example',
      'http://127.0.0.1:43117/api/utleggsbegjaering/v2',
      'http://127.0.0.1:43117/maskinporten/token',
      sample.contract.hash,
      'utleggsbegjaering 2.0',
      'elan-kit 0.1.0',
      'run-20261126-203005-7f3a',
      'Startet 26.11.2026 kl. 21:30',
      'Avsluttet 26.11.2026 kl. 21:31',
      'Varighet 1 min 43 s',
      'Tider i tidssone Europe/Oslo',
    ]) {
      expect(overview).toContain(expected);
    }
  });

  it('has a section table and an SVG chart with one bar group per checklist item', () => {
    const summary = textOf(html, 'summary');
    expect(summary).toContain('4. Implementasjon og integrasjon 3 1 1 1 0 6');
    expect(summary).toContain('Totalt 13 2 1 2 7 25');
    expect(html.match(/<g class="chart-row" data-section="[1-7]">/g)).toHaveLength(7);
    expect(html).toContain('<title>4. Implementasjon og integrasjon: 1 feilet</title>');
    expect(html).toMatch(/<svg class="chart totals-donut" role="img"/);
  });

  it('shows every check with its outcome, and evidence with the korrelasjonsid', () => {
    expect(html.match(/<article class="check status-/g)).toHaveLength(sample.checks.length);
    expect(html).toContain('<article class="check status-fail" id="check-verify-duplicate-submission"');
    expect(html).toContain('<code class="korrelasjonsid">0d1e2f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3a</code>');
    expect(html).toContain('<td><code>HTTP_STATUS</code></td>');
    expect(html).toMatch(/<details><summary>Hoder og meldingskropper/);
    expect(html).toContain('&quot;eksternSaksreferanse&quot;: &quot;UB-2026-0000190&quot;');
  });

  it('has deviations (required first), attestations, coverage, notes and sign-off', () => {
    const deviations = [...html.matchAll(/<tr class="deviation deviation-(\w+)" data-check="([^"]+)">/g)].map(
      (match) => `${match[1]}:${match[2]}`,
    );
    expect(deviations).toEqual([
      'fail:impl-422-kontrollutslag-shape',
      'fail:verify-duplicate-submission',
      'error:impl-status-paa-sak',
      'unattested:prod-request-scope',
      'unattested:prod-support-routines',
      'skip:auth-systembruker',
      'skip:impl-dialogporten-polling',
    ]);
    const attestations = textOf(html, 'attestations');
    expect(attestations).toContain(
      'Roller og ansvar er avklart prep-roles-and-responsibilities ✓ Ja Kari Nordmann 20.11.2026',
    );
    expect(html.match(/<li class="(exercised|not-exercised|outside)" data-code=/g)).toHaveLength(72);
    expect(html).toContain('<li class="outside" data-code="ULOVLIG_ENDRING_SAKSOEKER"');
    expect(html).toContain(
      '<li class="exercised" data-code="DUPLIKAT_INNSENDING" title="Prøvd av: verify-duplicate-submission">',
    );
    expect(textOf(html, 'notes')).toContain('Headeren KlientId ble godtatt med stor I');
    expect(textOf(html, 'sign-off')).toContain('Teknisk ansvarlig Navn Rolle Dato Signatur Prosjektansvarlig');
  });

  it('cuts very long bodies and says how much was left out', () => {
    const long = withCheck(sample, 'impl-submit-begjaering', (check) => ({
      ...check,
      evidence: check.evidence.map((exchange) => ({
        ...exchange,
        response: { headers: {}, body: 'x'.repeat(50_000) },
      })),
    }));
    const rendered = renderHtml(long);
    expect(rendered).not.toContain('x'.repeat(20_001));
    expect(rendered).toContain('… 30000 tegn til er utelatt');
  });

  it('is in English with lang en', () => {
    const english = renderHtml(sample, { lang: 'en' });
    expect(english.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(english).toContain('<h1>Test summary – integration with ELAN</h1>');
    expect(english).toContain('Not passed');
    expect(english).toContain('26 Nov 2026, 21:30');
  });
});
