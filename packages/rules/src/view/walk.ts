import { VEDLEGG_SLOTS } from '../assumptions.js';
import { escapeSegment } from '../pointer.js';
import { isObject, type JsonObject, type Located } from './node.js';

/** An attachment reference (Vedlegg) found in the document, with the slot it fills. */
export interface VedleggView {
  readonly sti: string;
  readonly node: JsonObject;
  /** The property it sits under: `tvangsgrunnlag`, `fullmakt`, `vedlegg`, … */
  readonly slot: string;
  /** The VedleggType the slot requires, or `undefined` for general attachments. */
  readonly forventetType: string | undefined;
  /** The object holding the slot (e.g. the tvangsgrunnlag, for its betegnelse). */
  readonly eier: JsonObject;
}

/** Values the rules check wherever they occur, collected in document order by one walk over the document. */
export interface DocumentScan {
  /** Amounts: every numeric (or numeric-text) property whose name ends in `beloep`. */
  readonly beloep: readonly Located[];
  /** Interest rates: `avtaltRentesats`, `beregnetMedAvtaltRentesats`, `rentesats`. */
  readonly renter: readonly Located[];
  readonly kidnumre: readonly Located[];
  readonly vedlegg: readonly VedleggView[];
}

const RATE_KEYS = new Set(['avtaltRentesats', 'beregnetMedAvtaltRentesats', 'rentesats']);
const SLOT_KEYS = new Set(Object.keys(VEDLEGG_SLOTS));
const NUMERIC_TEXT = /^\s*-?\d+([.,]\d+)?\s*$/;

function isScalarNumberLike(value: unknown): boolean {
  return typeof value === 'number' || (typeof value === 'string' && NUMERIC_TEXT.test(value));
}

function isAmountKey(key: string): boolean {
  return key.endsWith('eloep') && (key.endsWith('beloep') || key.endsWith('Beloep'));
}

/** An attachment reference carries a file name or an uuid; wrappers such as Fullmakt {fraDato, fullmakt} do not. */
function looksLikeVedlegg(value: unknown): value is JsonObject {
  return isObject(value) && (value['filnavn'] !== undefined || value['uuid'] !== undefined);
}

/** A collected value; its pointer is made from the path snapshot only when asked for. */
class Found implements Located {
  readonly value: unknown;
  readonly #path: ReadonlyArray<string | number>;
  #sti: string | undefined;

  constructor(value: unknown, path: ReadonlyArray<string | number>) {
    this.value = value;
    this.#path = path;
  }

  get sti(): string {
    this.#sti ??= pointerOf(this.#path);
    return this.#sti;
  }
}

function pointerOf(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const segment of path) out += `/${escapeSegment(segment)}`;
  return out;
}

/**
 * One pass over the document. The path is kept as a stack of segments and copied only for the values collected;
 * pointers are built when a finding needs one.
 */
export function scanDocument(root: JsonObject): DocumentScan {
  const beloep: Located[] = [];
  const renter: Located[] = [];
  const kidnumre: Located[] = [];
  const vedlegg: VedleggView[] = [];
  const path: Array<string | number> = [];
  const at = (last: string | number) => [...path, last];

  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (item !== null && typeof item === 'object') {
          path.push(i);
          visit(item);
          path.pop();
        }
      }
      return;
    }
    if (!isObject(value)) return;
    for (const key in value) {
      const child = value[key];
      if (child === undefined || child === null) continue;
      if (typeof child !== 'object') {
        if (key === 'kidnummer') kidnumre.push(new Found(child, at(key)));
        else if (RATE_KEYS.has(key)) {
          if (isScalarNumberLike(child)) renter.push(new Found(child, at(key)));
        } else if (isAmountKey(key) && isScalarNumberLike(child)) beloep.push(new Found(child, at(key)));
        continue;
      }
      path.push(key);
      if (SLOT_KEYS.has(key)) {
        const forventetType = VEDLEGG_SLOTS[key];
        if (Array.isArray(child)) {
          for (let i = 0; i < child.length; i++) {
            const candidate = child[i];
            if (looksLikeVedlegg(candidate)) {
              vedlegg.push({ sti: pointerOf(at(i)), node: candidate, slot: key, forventetType, eier: value });
            }
          }
        } else if (looksLikeVedlegg(child)) {
          vedlegg.push({ sti: pointerOf(path), node: child, slot: key, forventetType, eier: value });
        }
      }
      visit(child);
      path.pop();
    }
  };
  visit(root);
  return { beloep, renter, kidnumre, vedlegg };
}
