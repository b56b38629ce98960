import type { ModelVersion } from '../model-version.js';

/** One value of a code list and the model versions of Utleggsbegjæring that accept it. */
export interface CodeListEntry {
  readonly value: string;
  /** Model versions that accept the value; absent when the list is not tied to model versions. */
  readonly versions?: readonly ModelVersion[];
  readonly note?: string;
}

/** A code list as data (`contracts/code-lists/<name>.json`). */
export interface CodeList {
  readonly name: string;
  readonly description: string;
  /** Where the values come from (section of information-model.md, changelog item …). */
  readonly source: string;
  /** Every value the kit knows, in list order (including values no model version accepts, see `entries`). */
  readonly values: readonly string[];
  /** Values accepted per model version; absent when the list is not tied to model versions. */
  readonly versions?: Readonly<Record<ModelVersion, readonly string[]>>;
  readonly entries: readonly CodeListEntry[];
  /** Values are compared without regard to case (kravdetaljerUtleggsbegjaering). */
  readonly caseInsensitive: boolean;
  /** The list is a stand-in until the official list is known. */
  readonly placeholder: boolean;
  /** What the list rests on when it is not published (ASSUMPTION). */
  readonly assumption?: string;
}
