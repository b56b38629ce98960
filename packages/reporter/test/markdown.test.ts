import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/index.js';
import { loadSample, withCheck } from './helpers.js';

/** The rows of the first GFM table under a heading, as arrays of trimmed cells. */
function tableUnder(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  expect(start, `heading ${heading}`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) break;
    if (!line.startsWith('|')) {
      if (rows.length) break;
      continue;
    }
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

describe('Markdown report', () => {
  const sample = loadSample();
  const markdown = renderMarkdown(sample);

  it('opens with the title and the verdict', () => {
    expect(markdown.startsWith('# Testoppsummering – integrasjon mot ELAN\n')).toBe(true);
    expect(markdown).toContain('**Resultat: ❌ Ikke bestått**');
  });

  it('names the vendor, target, kit, contract hash, documents, model version and times', () => {
    expect(markdown).toContain('| Leverandør | Fjordinkasso Systemer AS |');
    expect(markdown).toContain('| Organisasjonsnummer | 312345678 |');
    expect(markdown).toContain('| System | InkassoPro 7.2 |');
    expect(markdown).toContain('Ola Hansen · ola.hansen@fjordinkasso.example · +47 22 33 44 55');
    expect(markdown).toContain('| Base-URL (utleggsbegjaering) | `http://127.0.0.1:43117/api/utleggsbegjaering/v2` |');
    expect(markdown).toContain(`| Kontraktens sjekksum | \`${sample.contract.hash}\` |`);
    expect(markdown).toContain('| Dokumenter (utleggsbegjaering) | utleggsbegjaering 2.0 `sha256:1a2b3c4d5e6f');
    expect(markdown).toContain('| Modellversjon | 2.0 |');
    expect(markdown).toContain('| Startet | 26.11.2026 kl. 21:30 |');
    expect(markdown).toContain('| Varighet | 1 min 43 s |');
  });

  it('has a section table with the counts for items 1–7 and the totals', () => {
    const rows = tableUnder(markdown, '## Oppsummering per sjekklistepunkt');
    expect(rows[0]).toEqual(['Punkt', 'Bestått', 'Feilet', 'Feil', 'Hoppet over', 'Manuell', 'Totalt']);
    expect(rows[2]).toEqual(['1. Forberedelser og avtaler', '0', '0', '0', '0', '2', '2']);
    expect(rows[5]).toEqual(['4. Implementasjon og integrasjon', '3', '1', '1', '1', '0', '6']);
    expect(rows[9]).toEqual(['**Totalt**', '**13**', '**2**', '**1**', '**2**', '**7**', '**25**']);
  });

  it('lists deviations and open items with required ones first', () => {
    const rows = tableUnder(markdown, '## Avvik og åpne punkter').slice(2);
    expect(rows.map((row) => row[0])).toEqual([
      'Feilet',
      'Feilet',
      'Feil i verktøy eller miljø',
      'Ikke attestert',
      'Ikke attestert',
      'Hoppet over',
      'Hoppet over',
    ]);
    expect(rows.slice(0, 5).every((row) => row[1] === 'Påkrevd')).toBe(true);
    expect(rows[0]?.[2]).toContain('`impl-422-kontrollutslag-shape`');
    expect(rows[3]?.[4]).toBe('Venter på signert avtale fra Skatteetaten.');
  });

  it('shows every check with outcome, description, findings and evidence with korrelasjonsid', () => {
    for (const check of sample.checks) expect(markdown).toContain(`\`${check.id}\``);
    expect(markdown).toContain('#### ❌ Feilet – Duplikat innsending avvises `verify-duplicate-submission`');
    expect(markdown).toContain('**Hva som ble kontrollert:** Samme begjæring sendt to ganger');
    expect(markdown).toContain('| `HTTP_STATUS` | Forventet 422 med DUPLIKAT\\_INNSENDING');
    expect(markdown).toContain(
      '| `POST` | `/api/utleggsbegjaering/v2/utleggsbegjaering` | 201 | 219 ms | `0d1e2f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3a` |',
    );
  });

  it('formats amounts in findings the Norwegian way', () => {
    expect(markdown).toMatch(/`1\u00a0234,56` \| `1234\.56` \|/);
  });

  it('shows vilkår coverage with exercised and not exercised codes', () => {
    expect(markdown).toContain('56 av 71 aktuelle vilkår ble prøvd (katalogen har 73 vilkår).');
    expect(markdown).toMatch(/\*\*✅ Prøvd \(56\):\*\* `DUPLIKAT_INNSENDING`/);
    expect(markdown).toMatch(/\*\*⬜ Ikke prøvd \(15\):\*\* .*`SAKSOEKT_GAMMELT_REGELVERK`/);
  });

  it('has the attestations, the notes and a sign-off table', () => {
    const attestations = tableUnder(markdown, '## Manuelle attesteringer');
    expect(attestations[2]).toEqual([
      '1',
      'Roller og ansvar er avklart `prep-roles-and-responsibilities`',
      '✅ Ja',
      'Kari Nordmann',
      '20.11.2026',
      'Teknisk kontakt: Ola Hansen. Prosjektansvarlig: Kari Nordmann.',
    ]);
    expect(markdown).toContain('## Merknader\n\n- Svar på sendInn');
    const signOff = tableUnder(markdown, '## Godkjenning');
    expect(signOff.map((row) => row[0])).toEqual(['Rolle', '---', 'Teknisk ansvarlig', 'Prosjektansvarlig']);
  });

  it('is in English with lang en', () => {
    const english = renderMarkdown(sample, { lang: 'en' });
    expect(english.startsWith('# Test summary – integration with ELAN\n')).toBe(true);
    expect(english).toContain('**Result: ❌ Not passed**');
    expect(english).toContain('| Started | 26 Nov 2026, 21:30 |');
    expect(english).not.toContain('Testoppsummering');
  });

  it('says so when the run was interrupted and a check did not finish', () => {
    const interrupted = withCheck(
      { ...sample, run: { ...sample.run, state: 'interrupted' } },
      'verify-full-flow',
      (check) => ({ ...check, status: 'error', unfinished: true, findings: [] }),
    );
    const text = renderMarkdown(interrupted);
    expect(text).toContain('**Kjøringen ble avbrutt før alle kontroller var ferdige.**');
    const rows = tableUnder(text, '## Avvik og åpne punkter');
    expect(rows.find((row) => row[2]?.includes('verify-full-flow'))?.[0]).toBe('Ikke fullført');
  });
});
