/** One finding of prøving, as ELAN returns it in a 422 body, plus `sti`: the JSON pointer of the offending element. */
export interface Kontrollutslag {
  readonly kode: string;
  readonly melding: string;
  readonly beskrivelse: string;
  /** JSON pointer (RFC 6901) into the submitted document; `''` for the document itself. */
  readonly sti: string;
}

/** RFC 7807 problem detail as ELAN answers it (ExtendedProblemDetail, information-model.md §13.2). */
export interface ProblemDetail {
  readonly type: string;
  readonly title?: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly feilid?: string;
  readonly feilkode?: string;
  readonly korrelasjonsid?: string;
  readonly [extension: string]: unknown;
}

export interface ProblemDetailMedKontrollutslag extends ProblemDetail {
  readonly kontrollutslag: ReadonlyArray<Pick<Kontrollutslag, 'kode' | 'melding' | 'beskrivelse'> & { sti?: string }>;
}
