import { VEDLEGG_SLOTS } from '../assumptions.js';
import { childPointer } from '../pointer.js';
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

function isScalarNumberLike(value: unknown): boolean {
  return typeof value === 'number' || (typeof value === 'string' && /^\s*-?\d+([.,]\d+)?\s*$/.test(value));
}

/** An attachment reference carries a file name or an uuid; wrappers such as Fullmakt {fraDato, fullmakt} do not. */
function looksLikeVedlegg(value: unknown): value is JsonObject {
  return isObject(value) && (value['filnavn'] !== undefined || value['uuid'] !== undefined);
}

export function scanDocument(root: JsonObject): DocumentScan {
  const beloep: Located[] = [];
  const renter: Located[] = [];
  const kidnumre: Located[] = [];
  const vedlegg: VedleggView[] = [];

  const visit = (value: unknown, sti: string): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) visit(value[i], childPointer(sti, i));
      return;
    }
    if (!isObject(value)) return;
    for (const key of Object.keys(value)) {
      const child = value[key];
      if (child === undefined || child === null) continue;
      const childSti = childPointer(sti, key);
      if (typeof child !== 'object') {
        if (key === 'kidnummer') kidnumre.push({ value: child, sti: childSti });
        else if (RATE_KEYS.has(key) && isScalarNumberLike(child)) renter.push({ value: child, sti: childSti });
        else if (/beloep$/i.test(key) && isScalarNumberLike(child)) beloep.push({ value: child, sti: childSti });
        continue;
      }
      if (Object.hasOwn(VEDLEGG_SLOTS, key)) {
        const forventetType = VEDLEGG_SLOTS[key];
        const candidates = Array.isArray(child)
          ? child.map((item, i) => [item, childPointer(childSti, i)] as const)
          : [[child, childSti] as const];
        for (const [candidate, candidateSti] of candidates) {
          if (looksLikeVedlegg(candidate)) {
            vedlegg.push({ sti: candidateSti, node: candidate, slot: key, forventetType, eier: value });
          }
        }
      }
      visit(child, childSti);
    }
  };
  visit(root, '');
  return { beloep, renter, kidnumre, vedlegg };
}
