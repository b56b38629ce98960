import type { ModelVersion } from '../model-version.js';
import type { ModelLabel } from './types.js';

/**
 * Field names that changed between model versions (the legacy-name map). One entry per field: its JSON name in
 * every model that has it, and the classes (component names) it lives in. A model missing from `names` does
 * not have the field. Fields that were only removed need no entry when they are in the OpenAPI documents of
 * the versions that have them (those are found by comparing the documents); they are listed here anyway when
 * a message should say more, or when the model that had them (V0-24) has no document.
 */
export interface FieldLineage {
  readonly classes: readonly string[];
  readonly names: Readonly<Partial<Record<ModelLabel, string>>>;
  /** When the field was replaced by more than one field (mottakeradresse → mottakeradresseInnland/-Utland). */
  readonly replacements?: Readonly<Partial<Record<ModelVersion, readonly string[]>>>;
  /** The value keeps its shape under the new name, so tolerant mode may rename it. */
  readonly renameable: boolean;
  readonly source: string;
  readonly note?: string;
}

/** The same name in model 1.0, 1.1 and 2.0. */
function from10(name: string): Record<'1.0' | '1.1' | '2.0', string> {
  return { '1.0': name, '1.1': name, '2.0': name };
}

export const FIELD_LINEAGE: readonly FieldLineage[] = [
  {
    classes: ['Krav'],
    names: { 'V0-24': 'kravreferanse', '0.9': 'kravreferanse', ...from10('innsendersKravreferanse') },
    renameable: true,
    source: 'AD-1.0 punkt 9',
  },
  {
    classes: ['Krav'],
    names: { '0.9': 'erRentekrav', ...from10('rentekrav') },
    renameable: true,
    source: 'AD-1.0 punkt 11; information-model.md §7.4',
    note: 'its content grew in 1.0 (renteGrunnlag, beregnetMedForsinkelsesrente, beregnetMedAvtaltRentesats)',
  },
  {
    classes: ['Krav'],
    names: { '0.9': 'renteOpplysning', ...from10('rentebaerendeKrav') },
    renameable: true,
    source: 'AD-1.0 punkt 11; information-model.md §7.4',
  },
  {
    classes: ['Rente', 'Renteopplysninger'],
    names: { '0.9': 'forsinkelsesrente', ...from10('harForsinkelsesrente') },
    renameable: true,
    source: 'information-model.md §7.4 (INFERRED)',
  },
  {
    classes: ['Saksoeker'],
    names: { '0.9': 'prosessfullmektig', ...from10('saksoekersProsessfullmektig') },
    renameable: true,
    source: 'AD-1.0 punkt 3',
  },
  {
    classes: ['Innsender'],
    names: { '0.9': 'prosessfullmektig', ...from10('innsendersProsessfullmektig') },
    renameable: true,
    source: 'AD-1.0 punkt 3',
  },
  {
    classes: ['Saksoekt'],
    names: { '0.9': 'prosessfullmektig', ...from10('saksoektesProsessfullmektig') },
    renameable: true,
    source: 'AD-1.0 punkt 3',
  },
  { classes: ['Saksoeker'], names: { '0.9': 'saksoekerReferanse' }, renameable: false, source: 'AD-1.0 punkt 1' },
  { classes: ['Saksoekt'], names: { '0.9': 'saksoektReferanse' }, renameable: false, source: 'AD-1.0 punkt 1' },
  {
    classes: ['Bevillingshaver'],
    names: { '0.9': 'inkassobevillingshaverNummer' },
    renameable: false,
    source: 'AD-1.0 punkt 4',
  },
  {
    classes: ['AlminneligTvangsgrunnlag'],
    names: { '0.9': 'domsreferanse' },
    renameable: false,
    source: 'AD-1.0 punkt 6',
  },
  { classes: ['SaerligTvangsgrunnlag'], names: { '0.9': 'referanseSak' }, renameable: false, source: 'AD-1.0 punkt 7' },
  {
    classes: ['SaerligTvangsgrunnlag'],
    names: { '0.9': 'paalydendeBeloep', '1.0': 'paalydendeBeloep' },
    renameable: false,
    source: 'AD-2.0 (endringslogg 1.1)',
    note: 'Skatteetaten ignores the field when it is sent',
  },
  {
    classes: ['DomsslutningInformasjon'],
    names: { '0.9': 'beloepSlutningGenerell', '1.0': 'beloepSlutningGenerell' },
    renameable: false,
    source: 'AD-2.0 (endringslogg 1.1)',
  },
  {
    classes: ['DomsslutningInformasjon'],
    names: { '0.9': 'beloepSlutningSaksomkostninger', '1.0': 'beloepSlutningSaksomkostninger' },
    renameable: false,
    source: 'AD-2.0 (endringslogg 1.1)',
  },
  { classes: ['SkriftligMeddelelse'], names: { '0.9': 'avsender' }, renameable: false, source: 'AD-1.0 punkt 16' },
  {
    classes: ['SkriftligMeddelelse'],
    names: { '0.9': 'mottakeradresse', '1.0': 'mottakeradresse', '1.1': 'mottakeradresse' },
    replacements: { '2.0': ['mottakeradresseInnland', 'mottakeradresseUtland'] },
    renameable: false,
    source: 'AD-2.0 (feltforklaringer v2.0); ASSUMPTION A-MOTTAKERADRESSE',
  },
  {
    classes: ['Forsendelsesmaate'],
    names: { '0.9': 'alternativElektroniskKanalForMeddelelse', ...from10('alternativElektroniskForesendelsesmaate') },
    renameable: true,
    source: 'AD-1.0 punkt 8 (JSON-navnet INFERRED)',
  },
  {
    classes: ['Forsendelsesmaate'],
    names: { '0.9': 'AlternativElektroniskKanalForMeddelelse', ...from10('alternativElektroniskForesendelsesmaate') },
    renameable: true,
    source: 'AD-1.0 punkt 8; information-model.md §19.3 (stor forbokstav i publiserte 0.9-eksempler)',
  },
  {
    classes: ['Gjeldsbrev'],
    names: { '0.9': 'skylderklaering', ...from10('skyldnererklaering') },
    renameable: true,
    source: 'AD-1.0 punkt 13',
  },
  {
    classes: ['ElektroniskGjeldserklaering'],
    names: { '0.9': 'skyldererklaering', ...from10('skyldnererklaering') },
    renameable: true,
    source: 'AD-1.0 punkt 13',
  },
  {
    classes: ['Utleggsbegjaering'],
    names: { '0.9': 'saksreferanse', '1.0': 'saksreferanse' },
    renameable: false,
    source: 'AD-2.0 (endringslogg 1.1)',
  },
  {
    classes: ['Utleggsbegjaering'],
    names: {
      'V0-24': 'berOmInnkallingTilMoete',
      '0.9': 'berOmInnkallingTilMoeteMedBegrunnelse',
      ...from10('berOmInnkallingTilMoeteMedBegrunnelse'),
    },
    renameable: false,
    source: 'information-model.md §4.1, §19.5',
    note: 'the old field is a boolean, the new one a text with the reason',
  },
  {
    classes: ['Utleggsbegjaering'],
    names: { 'V0-24': 'mottaksdato' },
    renameable: false,
    source: 'information-model.md §4.1',
  },
  {
    classes: ['Utleggsbegjaering'],
    names: { 'V0-24': 'besluttetNamsmannsdistrikt' },
    renameable: false,
    source: 'information-model.md §4.1, §19.13',
    note: 'the enforcement authority sets this field, not the submitter',
  },
  {
    classes: ['Utleggsbegjaering'],
    names: {
      'V0-24': 'oenskedeFormuesgoder',
      '0.9': 'spesiellUtleggsgjenstand',
      ...from10('spesiellUtleggsgjenstand'),
    },
    renameable: false,
    source: 'information-model.md §4.1, §6.5',
  },
  {
    classes: ['Innbetaling'],
    names: { 'V0-24': 'dato', '0.9': 'bokfoertDato', ...from10('bokfoertDato') },
    renameable: true,
    source: 'information-model.md §7.3, §7.9',
  },
  {
    classes: ['Kravforfall'],
    names: { 'V0-24': 'betalingsfrist', '0.9': 'forfallsdato', ...from10('forfallsdato') },
    renameable: true,
    source: 'information-model.md §7.3',
  },
  {
    classes: ['Krav'],
    names: { 'V0-24': 'prioritet', '0.9': 'prioritetISak', ...from10('prioritetISak') },
    renameable: false,
    source: 'information-model.md §7.2, §7.3',
  },
];

/** The name a field has in `version`, or the fields that replaced it; empty when the version has neither. */
export function expectedNames(lineage: FieldLineage, version: ModelVersion): readonly string[] {
  const name = lineage.names[version];
  if (name) return [name];
  return lineage.replacements?.[version] ?? [];
}

/** The models that use `name` according to the lineage, oldest first. */
export function modelsUsing(lineage: FieldLineage, name: string): ModelLabel[] {
  return (Object.entries(lineage.names) as [ModelLabel, string][])
    .filter(([, candidate]) => candidate === name)
    .map(([label]) => label);
}
