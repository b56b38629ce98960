import { type BetalingView, readBetaling } from './betaling.js';
import { type KravView, readKravList } from './krav.js';
import { field, type JsonObject, type Located, objectField, textField } from './node.js';
import { type PartyView, type ProsessfullmektigView, readParties, readParty } from './parties.js';
import { readTvangsgrunnlagList, type TvangsgrunnlagView } from './tvangsgrunnlag.js';
import { type DocumentScan, scanDocument } from './walk.js';

/**
 * A read-only view of a submitted begjæring that hides the differences between model versions and the documented
 * variants (legacy names, CONFLICT shapes). Every value keeps the JSON pointer where it was found in the document
 * as submitted. Parts are read on first use and kept.
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
  #tvangsgrunnlagByKrav: ReadonlyMap<string, ReadonlySet<number>> | undefined;
  #betaling: BetalingView | undefined;
  #scan: DocumentScan | undefined;

  constructor(document: JsonObject) {
    this.document = document;
    this.root = { value: document, sti: '' };
  }

  /** The root `innsender` role, or `undefined` when the document has none (or `null`). */
  get innsender(): PartyView | undefined {
    if (this.#innsender === null) {
      const element = objectField(this.root, 'innsender');
      this.#innsender = element ? readParty(element, 'innsender', 0) : undefined;
    }
    return this.#innsender;
  }

  /** `innsender` is present in the document, whatever its shape. */
  get hasInnsenderField(): boolean {
    return field(this.root, 'innsender') !== undefined;
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
      const parties = [this.innsender, ...this.saksoekere, ...this.saksoekte];
      this.#prosessfullmektige = parties.flatMap((party) =>
        party?.prosessfullmektig ? [party.prosessfullmektig] : [],
      );
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
        if (!krav.referanse) continue;
        const list = map.get(krav.referanse.value);
        if (list) list.push(krav);
        else map.set(krav.referanse.value, [krav]);
      }
      this.#kravByReferanse = map;
    }
    return this.#kravByReferanse;
  }

  get tvangsgrunnlag(): readonly TvangsgrunnlagView[] {
    this.#tvangsgrunnlag ??= readTvangsgrunnlagList(this.root);
    return this.#tvangsgrunnlag;
  }

  /** For each claim reference, the indices of the tvangsgrunnlag that list it. */
  get tvangsgrunnlagByKrav(): ReadonlyMap<string, ReadonlySet<number>> {
    if (!this.#tvangsgrunnlagByKrav) {
      const map = new Map<string, Set<number>>();
      for (const grunnlag of this.tvangsgrunnlag) {
        for (const referanse of grunnlag.kravreferanser) {
          const set = map.get(referanse.value);
          if (set) set.add(grunnlag.index);
          else map.set(referanse.value, new Set([grunnlag.index]));
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

  text(name: string): Located<string> | undefined {
    return textField(this.root, name);
  }

  field(name: string): Located | undefined {
    return field(this.root, name);
  }
}

export function createBegjaeringView(document: JsonObject): BegjaeringView {
  return new BegjaeringView(document);
}
