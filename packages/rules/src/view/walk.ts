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

const KID = 1;
const RENTE = 2;
const SLOT = 3;
const SKIP = 4;

/** What a property name means to the scan (a switch on interned names is cheaper than a map lookup per key). */
function roleOf(key: string): number {
  switch (key) {
    case 'kidnummer':
      return KID;
    case 'avtaltRentesats':
    case 'beregnetMedAvtaltRentesats':
    case 'rentesats':
      return RENTE;
    case 'tvangsgrunnlag':
    case 'tvangskraftgrunnlag':
    case 'fullmakt':
    case 'betalingsoppfordring':
    case 'transporterklaering':
    case 'vedlegg':
    case 'akseptKanalvalg':
      return SLOT;
    // Identifiers, names, addresses and contact details hold none of what the scan collects, in any model version.
    case 'identifikator':
    case 'personnavn':
    case 'adresse':
    case 'kreditor':
    case 'skyldner':
    case 'forpliktet':
    case 'berettiget':
    case 'transportertFra':
    case 'transportertTil':
    case 'vitne':
    case 'saksoekerKontaktinformasjon':
    case 'saksbehandlersKontaktinformasjon':
    case 'mottakeradresse':
      return SKIP;
    default:
      return 0;
  }
}

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

class FoundVedlegg extends Found implements VedleggView {
  readonly node: JsonObject;
  readonly slot: string;
  readonly forventetType: string | undefined;
  readonly eier: JsonObject;

  constructor(
    node: JsonObject,
    path: ReadonlyArray<string | number>,
    slot: string,
    forventetType: string | undefined,
    eier: JsonObject,
  ) {
    super(node, path);
    this.node = node;
    this.slot = slot;
    this.forventetType = forventetType;
    this.eier = eier;
  }
}

function pointerOf(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const segment of path) out += `/${escapeSegment(segment)}`;
  return out;
}

interface ScanState {
  readonly beloep: Located[];
  readonly renter: Located[];
  readonly kidnumre: Located[];
  readonly vedlegg: VedleggView[];
  readonly path: Array<string | number>;
}

function pathWith(state: ScanState, last: string | number): Array<string | number> {
  const copy = state.path.slice();
  copy.push(last);
  return copy;
}

function visitArray(list: readonly unknown[], state: ScanState): void {
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (item === null || typeof item !== 'object') continue;
    state.path.push(i);
    if (Array.isArray(item)) visitArray(item, state);
    else visitObject(item as JsonObject, state);
    state.path.pop();
  }
}

function visitObject(object: JsonObject, state: ScanState): void {
  for (const key in object) {
    const child = object[key];
    if (child === undefined || child === null) continue;
    const role = roleOf(key);
    if (role === SKIP) continue;
    if (typeof child !== 'object') {
      if (role === KID) state.kidnumre.push(new Found(child, pathWith(state, key)));
      else if (role === RENTE) {
        if (isScalarNumberLike(child)) state.renter.push(new Found(child, pathWith(state, key)));
      } else if (isAmountKey(key) && isScalarNumberLike(child))
        state.beloep.push(new Found(child, pathWith(state, key)));
      continue;
    }
    state.path.push(key);
    if (role === SLOT) {
      const forventetType = VEDLEGG_SLOTS[key];
      if (Array.isArray(child)) {
        for (let i = 0; i < child.length; i++) {
          const candidate = child[i];
          if (looksLikeVedlegg(candidate)) {
            state.vedlegg.push(new FoundVedlegg(candidate, pathWith(state, i), key, forventetType, object));
          }
        }
      } else if (looksLikeVedlegg(child)) {
        state.vedlegg.push(new FoundVedlegg(child, state.path.slice(), key, forventetType, object));
      }
    }
    if (Array.isArray(child)) visitArray(child, state);
    else visitObject(child as JsonObject, state);
    state.path.pop();
  }
}

/**
 * One pass over the document. The path is kept as a stack of segments and copied only for the values collected;
 * pointers are built when a finding needs one.
 */
export function scanDocument(root: JsonObject): DocumentScan {
  const state: ScanState = { beloep: [], renter: [], kidnumre: [], vedlegg: [], path: [] };
  visitObject(root, state);
  return { beloep: state.beloep, renter: state.renter, kidnumre: state.kidnumre, vedlegg: state.vedlegg };
}

// The switch in roleOf must know every attachment slot of the assumptions.
for (const key of Object.keys(VEDLEGG_SLOTS)) {
  if (roleOf(key) !== SLOT) throw new Error(`walk.ts: attachment slot "${key}" is missing from roleOf`);
}
