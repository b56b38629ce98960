import type { ModelVersion } from '../model-version.js';

/** The part of a begjæring a vilkår is about. */
export type VilkaarGruppe = 'innsending' | 'parter' | 'krav' | 'tvangsgrunnlag' | 'betaling' | 'vedlegg' | 'endring';

/**
 * Context beyond the document that a vilkår needs (fields of `ProvingContext`):
 * `parter` and `regelverk` — the party register (`parties`); `vedlegg` — the attachment registry;
 * `tidligereInnsendinger` — earlier submissions; `autentisering` — the authenticated organisation;
 * `tidligereSak` — the stored case a change applies to (`earlier`).
 */
export type VilkaarKontekst =
  | 'parter'
  | 'regelverk'
  | 'vedlegg'
  | 'tidligereInnsendinger'
  | 'autentisering'
  | 'tidligereSak';

/**
 * Where the texts come from: `publisert` — the Feilkoder table of the current documentation page;
 * `publisert-eldre` — only the May-2025 table has the code; `rekonstruert` — the code is published
 * (vilkaar-update-2025.md) but its texts are not, so tittel, beskrivelse and avvikstekst are written
 * in the style of the published ones.
 */
export type Tekstkilde = 'publisert' | 'publisert-eldre' | 'rekonstruert';

/** One vilkår (validation condition) that ELAN answers with HTTP 422 and a kontrollutslag. */
export interface Vilkaar {
  /** The vilkårnavn, used as `kode` in the kontrollutslag. May contain Æ, Ø, Å. */
  readonly kode: string;
  /** Only evaluated for changes (endring) of a submitted begjæring. */
  readonly gjelderKunEndringer: boolean;
  readonly tittel: string;
  readonly beskrivelse: string;
  /**
   * Message template with placeholders: `%name` (letters, also æøå) for named values, `%s` for positional
   * ones in order. `<br/>` marks a line break. Empty where the published table leaves it empty.
   */
  readonly avvikstekst: string;
  /** When the published avvikstekst lists alternatives ("En av følgende: …"), each alternative on its own. */
  readonly avvikstekstVarianter?: readonly string[];
  /** Model versions whose rule table holds the code (information-model.md §12). */
  readonly modellversjoner: readonly ModelVersion[];
  readonly gruppe: VilkaarGruppe;
  /** Context the vilkår cannot be evaluated without. */
  readonly krever?: readonly VilkaarKontekst[];
  readonly tekstkilde: Tekstkilde;
}

/** A general (non-vilkår) error code that ELAN-family APIs put in `feilkode`. */
export interface GeneralErrorCode {
  readonly kode: string;
  readonly httpStatus: number;
  readonly beskrivelse: string;
  /** `publisert` — the older Utleggsbegjæring page; `rekonstruert` — generic Skatteetaten codes whose texts are ours. */
  readonly tekstkilde: 'publisert' | 'rekonstruert';
}
