import { type BetalingView, readBetaling } from './betaling.js';
import { type KravView, readKravList } from './krav.js';
import { dateValue, isPresent, type JsonObject, type Located, presentAt, textAt } from './node.js';
import { type PartyView, type ProsessfullmektigView, readInnsender, readParties } from './parties.js';
import { readTvangsgrunnlagList, type TvangsgrunnlagView } from './tvangsgrunnlag.js';
import { type DocumentScan, scanDocument } from './walk.js';

/**
 * A read-only view of a submitted begjæring that hides the differences between model versions and the documented
 * variants (legacy names, CONFLICT shapes). Every value keeps the JSON pointer where it was found in the document
 * as submitted; pointers are made only when a finding needs one. Parts are read on first use and kept, so each
 * part of the document is read once however many rules use it.
 */
export class BegjaeringView {
  readonly document: JsonObject;
  readonly root: Located<JsonObject>;
  #innsender: PartyView | undefined | null = null;
  #saksoekere: readonly PartyView[] | undefined;
  #saksoekte: readonly PartyView[] | undefined;
  #prosessfullmektige: readonly ProsessfullmektigView[] | undefined;
  #krav: readonly KravView[] | undefined;
  #kravByReferanse: ReadonlyMap<string, readonly KravView[]> | undefined;
  #tvangsgrunnlag: readonly TvangsgrunnlagView[] | undefined;
  #tvangsgrunnlagByKrav: ReadonlyMap<string, readonly number[]> | undefined;
  #betaling: BetalingView | undefined;
  #scan: DocumentScan | undefined;
  #begjaeringsdato: string | undefined | null = null;

  constructor(document: JsonObject) {
    this.document = document;
    this.root = { value: document, sti: '' };
  }

  /** The root `innsender` role, or `undefined` when the document has none (or `null`). */
  get innsender(): PartyView | undefined {
    if (this.#innsender === null) this.#innsender = readInnsender(this.root);
    return this.#innsender;
  }

  /** `innsender` is present in the document, whatever its shape. */
  get hasInnsenderField(): boolean {
    return isPresent(this.document['innsender']);
  }

  get saksoekere(): readonly PartyView[] {
    this.#saksoekere ??= readParties(this.root, 'saksoeker');
    return this.#saksoekere;
  }

  get saksoekte(): readonly PartyView[] {
    this.#saksoekte ??= readParties(this.root, 'saksoekt');
    return this.#saksoekte;
  }

  /** Every prosessfullmektig: of the innsender, then of each saksøker, then of each saksøkt. */
  get prosessfullmektige(): readonly ProsessfullmektigView[] {
    if (!this.#prosessfullmektige) {
      const out: ProsessfullmektigView[] = [];
      const innsender = this.innsender?.prosessfullmektig;
      if (innsender) out.push(innsender);
      for (const party of this.saksoekere) if (party.prosessfullmektig) out.push(party.prosessfullmektig);
      for (const party of this.saksoekte) if (party.prosessfullmektig) out.push(party.prosessfullmektig);
      this.#prosessfullmektige = out;
    }
    return this.#prosessfullmektige;
  }

  get krav(): readonly KravView[] {
    this.#krav ??= readKravList(this.root);
    return this.#krav;
  }

  /** Claims by reference; a reference used twice maps to both claims. */
  get kravByReferanse(): ReadonlyMap<string, readonly KravView[]> {
    if (!this.#kravByReferanse) {
      const map = new Map<string, KravView[]>();
      for (const krav of this.krav) {
        if (krav.referanse === undefined) continue;
        const list = map.get(krav.referanse);
        if (list) list.push(krav);
        else map.set(krav.referanse, [krav]);
      }
      this.#kravByReferanse = map;
    }
    return this.#kravByReferanse;
  }

  get tvangsgrunnlag(): readonly TvangsgrunnlagView[] {
    this.#tvangsgrunnlag ??= readTvangsgrunnlagList(this.root);
    return this.#tvangsgrunnlag;
  }

  /** For each claim reference, the indices of the tvangsgrunnlag that list it, ascending and without repeats. */
  get tvangsgrunnlagByKrav(): ReadonlyMap<string, readonly number[]> {
    if (!this.#tvangsgrunnlagByKrav) {
      const map = new Map<string, number[]>();
      for (const grunnlag of this.tvangsgrunnlag) {
        for (const referanse of grunnlag.kravreferanser) {
          const indices = map.get(referanse.value);
          if (!indices) map.set(referanse.value, [grunnlag.index]);
          else if (indices[indices.length - 1] !== grunnlag.index) indices.push(grunnlag.index);
        }
      }
      this.#tvangsgrunnlagByKrav = map;
    }
    return this.#tvangsgrunnlagByKrav;
  }

  get betaling(): BetalingView {
    this.#betaling ??= readBetaling(this.root);
    return this.#betaling;
  }

  /** Amounts, rates, KIDs and attachments wherever they occur. */
  get scan(): DocumentScan {
    this.#scan ??= scanDocument(this.document);
    return this.#scan;
  }

  /** `begjaeringsdato` as `YYYY-MM-DD`, or `undefined` when absent or not a date. */
  get begjaeringsdato(): string | undefined {
    if (this.#begjaeringsdato === null) this.#begjaeringsdato = dateValue(this.document['begjaeringsdato']);
    return this.#begjaeringsdato;
  }

  /** A root member's trimmed text (`innsenderReferanse`, `underskrift`, …). */
  text(name: string): Located<string> | undefined {
    return textAt(this.document[name], this.root, name);
  }

  /** A root member, when present. */
  field(name: string): Located | undefined {
    return presentAt(this.document[name], this.root, name);
  }
}

export function createBegjaeringView(document: JsonObject): BegjaeringView {
  return new BegjaeringView(document);
}
