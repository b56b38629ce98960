import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contextFromData } from '@elan-kit/fixtures';
import type { ProvingContext } from '@elan-kit/schemas';
import { describe, expect, it } from 'vitest';
import { KOMMUNE_BESLUTNING_VILKAAR, prov, provDetailed, provKommuneBeslutning, RulesError } from '../src/index.js';
import { example, register } from './support/examples.js';

const bare = (overrides: Partial<ProvingContext> = {}): ProvingContext => ({
  modelVersion: '1.0',
  today: '2026-01-05',
  mode: 'ny',
  ...overrides,
});

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RulesError);
    return (error as RulesError).code;
  }
  return undefined;
}

describe('context checks', () => {
  it('refuses a change without the stored case', () => {
    expect(codeOf(() => prov(example('1.0', 'minimal'), bare({ mode: 'endring' })))).toBe('ELAN_RULES_MISSING_EARLIER');
  });

  it('refuses an unknown model version, mode or date', () => {
    const doc = example('1.0', 'minimal');
    expect(codeOf(() => prov(doc, bare({ modelVersion: '3.0' as never })))).toBe('ELAN_RULES_UNKNOWN_MODEL_VERSION');
    expect(codeOf(() => prov(doc, bare({ mode: 'slett' as never })))).toBe('ELAN_RULES_INVALID_MODE');
    expect(codeOf(() => prov(doc, bare({ today: '05.01.2026' })))).toBe('ELAN_RULES_INVALID_TODAY');
  });

  it('refuses a document that is not a JSON object, with a hint', () => {
    for (const doc of [null, [], 'tekst', 42]) {
      expect(codeOf(() => prov(doc, bare()))).toBe('ELAN_RULES_DOCUMENT_NOT_OBJECT');
    }
  });
});

describe('what is evaluated', () => {
  it('skips the vilkår whose context is absent and says why', () => {
    const report = provDetailed(example('2.0', 'complex'), bare({ modelVersion: '2.0' }));
    expect(report.kontrollutslag).toEqual([]);
    const skipped = Object.fromEntries(report.skipped.map((s) => [s.kode, s.mangler]));
    expect(skipped).toEqual({
      DUPLIKAT_INNSENDING: ['tidligereInnsendinger'],
      ER_IKKE_HOVEDENHET: ['parter'],
      INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING: ['autentisering'],
      SAKSOEKT_ER_ENK: ['parter'],
      SAKSOEKT_ER_IKKE_HOVEDENHET: ['parter'],
      SAKSOEKT_GAMMELT_REGELVERK: ['regelverk'],
      SAKSOEKT_MANGLER_I_REGISTERET: ['parter'],
      SAKSOKER_ER_ENK: ['parter'],
      VEDLEGG_SKAL_HA_REFERANSE_TIL_BEGJAERINGEN: ['vedlegg'],
      VEDLEGG_SKAL_IKKE_HA_FEILET: ['vedlegg'],
      VEDLEGG_SKAL_VAERE_TILGJENGELIG: ['vedlegg'],
      VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT: ['vedlegg'],
    });
    expect(report.skipped.find((s) => s.kode === 'VEDLEGG_SKAL_HA_UUID')).toBeUndefined();
    expect(report.skipped.find((s) => s.kode === 'DUPLIKAT_INNSENDING')?.grunn).toMatch(/earlier submissions/);
  });

  it('leaves out other model versions and the "only for changes" vilkår of a new submission', () => {
    const report = provDetailed(example('0.9', 'minimal'), bare({ modelVersion: '0.9' }));
    const notApplicable = new Map(report.notApplicable.map((n) => [n.kode, n.grunn]));
    expect(notApplicable.get('INNBETALING_FRAM_I_TID')).toBe('modellversjon');
    expect(notApplicable.get('SAKSOEKT_GAMMELT_REGELVERK')).toBeUndefined();
    expect(notApplicable.get('ULOVLIG_ENDRING_UNDERSKRIFT')).toBe('kunEndringer');
    expect(report.evaluated).toContain('MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG');
    expect(report.evaluated.length + report.skipped.length + report.notApplicable.length).toBe(73);
  });

  it('compares earlier submissions only for new submissions', () => {
    const document = example('1.0', 'minimal');
    const data = { earlierSubmissions: [{ innsenderReferanse: String(document['innsenderReferanse']) }] };
    const ny = provDetailed(document, contextFromData(data, { modelVersion: '1.0', document, register }));
    expect(ny.kontrollutslag.map((k) => k.kode)).toEqual(['DUPLIKAT_INNSENDING']);
    const endring = provDetailed(
      document,
      contextFromData(
        { ...data, mode: 'endring' },
        { modelVersion: '1.0', document, baseDocument: document, register },
      ),
    );
    expect(endring.kontrollutslag).toEqual([]);
    expect(endring.notApplicable).toContainEqual({ kode: 'DUPLIKAT_INNSENDING', grunn: 'ikkeForModus' });
  });

  it('reports the parties the register does not know instead of judging them', () => {
    const document = example('2.0', 'minimal');
    const context = contextFromData({ registerDocumentParties: false }, { modelVersion: '2.0', document });
    const report = provDetailed(document, { ...context, parties: new Map() });
    expect(report.kontrollutslag).toEqual([]);
    const saksoekt = report.unknownParties.find((u) => u.sti.startsWith('/saksoekt/0/'));
    expect(saksoekt?.vilkaar).toEqual([
      'SAKSOEKT_ER_ENK',
      'SAKSOEKT_ER_IKKE_HOVEDENHET',
      'SAKSOEKT_MANGLER_I_REGISTERET',
    ]);
    expect(saksoekt?.identifikator).toMatch(/^\d{11}$/);
  });
});

describe('order', () => {
  /** A 1.0 document with findings of several codes at several places. */
  function messy(): Record<string, unknown> {
    const doc = example('1.0', 'complex');
    const krav = doc['kravTilInnkreving'] as Array<Record<string, unknown>>;
    (krav[3] as Record<string, unknown>)['gjenstaaendeBeloep'] = { beloep: -1, valuta: 'NOK' };
    (krav[0] as Record<string, unknown>)['opprinneligBeloep'] = { beloep: 1.001, valuta: 'NOK' };
    (doc['betalingsinformasjon'] as Record<string, unknown>)['kidnummer'] = '12345';
    delete doc['innsender'];
    return doc;
  }

  it('lists findings in catalog order, then document order, the same on every run', () => {
    const document = messy();
    const context = contextFromData({}, { modelVersion: '1.0', document, register });
    const first = prov(document, context);
    expect(first.map((k) => `${k.kode} ${k.sti}`)).toEqual([
      'INNSENDER_MANGLER ',
      'UGYLDIG_BELOEP /kravTilInnkreving/0/opprinneligBeloep/beloep',
      'UGYLDIG_BELOEP /kravTilInnkreving/3/gjenstaaendeBeloep/beloep',
      'UGYLDIG_KID /betalingsinformasjon/kidnummer',
    ]);
    expect(prov(structuredClone(document), context)).toEqual(first);
  });

  it('does not depend on the order the document lists its members in (only arrays order findings)', () => {
    const document = messy();
    const reversed = Object.fromEntries(Object.entries(document).reverse());
    const context = contextFromData({}, { modelVersion: '1.0', document, register });
    expect(prov(reversed, context).map((k) => k.kode)).toEqual(prov(document, context).map((k) => k.kode));
  });
});

describe('provKommuneBeslutning', () => {
  const decision = (): Record<string, unknown> =>
    JSON.parse(
      readFileSync(
        fileURLToPath(
          new URL(
            '../../schemas/contracts/examples/kommune/1.0/sendBeslutningOmTrekk.request.published-8ed9725.json',
            import.meta.url,
          ),
        ),
        'utf8',
      ),
    ) as Record<string, unknown>;

  it('proves a municipality decision with only the begjæring vilkår it shares', () => {
    const broken = decision();
    (broken['betalingsinformasjon'] as { kontoinformasjon: { kontonummer: string } }).kontoinformasjon.kontonummer =
      '12345678901';
    const context = bare({ parties: register });
    const everyVilkaar = prov(broken, context).map((utslag) => utslag.kode);
    expect(everyVilkaar).toContain('INNSENDER_MANGLER');
    const shared = provKommuneBeslutning(broken, context).map((utslag) => utslag.kode);
    expect(shared).toEqual(['UGYLDIG_KONTONR']);
    expect(shared.every((kode) => KOMMUNE_BESLUTNING_VILKAAR.includes(kode))).toBe(true);
    expect(provKommuneBeslutning(decision(), context)).toEqual([]);
  });
});
