import { escapePointerToken } from '@elan-kit/schemas';
import { VEDLEGG_SLOTS } from '../assumptions.js';
import { isObject, type JsonObject, type Located, normaliseCode } from './node.js';

/** An attachment reference (Vedlegg) found in the document, with the slot it fills. */
export interface VedleggView {
  readonly sti: string;
  readonly node: JsonObject;
  /** The property it sits under: `tvangsgrunnlag`, `fullmakt`, `vedlegg`, … */
  readonly slot: string;
  /** The VedleggType the slot requires, or `undefined` for general attachments. */
  readonly forventetType: string | undefined;
  /** `forventetType` as `normaliseCode` writes it. */
  readonly forventetTypeKode: string | undefined;
  /** The attachment's own `type` as `normaliseCode` writes it, `undefined` when it has none (or a blank one). */
  readonly typeKode: string | undefined;
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

const SLOT = 1;
const SKIP = 2;

/** What the name of an object or list member means to the scan; names not listed mean nothing. */
const CONTAINER_ROLES: ReadonlyMap<string, number> = new Map([
  ['tvangsgrunnlag', SLOT],
  ['tvangskraftgrunnlag', SLOT],
  ['fullmakt', SLOT],
  ['betalingsoppfordring', SLOT],
  ['transporterklaering', SLOT],
  ['vedlegg', SLOT],
  ['akseptKanalvalg', SLOT],
  // Identifiers, names, addresses and contact details hold none of what the scan collects, in any model version.
  ['identifikator', SKIP],
  ['personnavn', SKIP],
  ['adresse', SKIP],
  ['kreditor', SKIP],
  ['skyldner', SKIP],
  ['forpliktet', SKIP],
  ['berettiget', SKIP],
  ['transportertFra', SKIP],
  ['transportertTil', SKIP],
  ['vitne', SKIP],
  ['saksoekerKontaktinformasjon', SKIP],
  ['saksbehandlersKontaktinformasjon', SKIP],
  ['mottakeradresse', SKIP],
]);

/** Member names are interned strings with a cached hash: one map lookup beats a chain of string comparisons. */
function containerRoleOf(key: string): number {
  return CONTAINER_ROLES.get(key) ?? 0;
}

const KIDNUMMER = 'kidnummer';
const RENTE_KEYS: readonly string[] = ['avtaltRentesats', 'beregnetMedAvtaltRentesats', 'rentesats'];

function isRenteKey(key: string): boolean {
  return key === 'rentesats' || key === 'avtaltRentesats' || key === 'beregnetMedAvtaltRentesats';
}

/**
 * Every scalar the scan collects sits under a name ending in `p` (…beloep, …Beloep), `r` (kidnummer) or `s`
 * (…rentesats): one character code rules out most names before any string comparison.
 */
function mayBeCollected(key: string): boolean {
  const last = key.charCodeAt(key.length - 1);
  return last === 112 || last === 114 || last === 115;
}

const NUMERIC_TEXT = /^\s*-?\d+([.,]\d+)?\s*$/;

function isScalarNumberLike(value: unknown): boolean {
  return typeof value === 'number' || (typeof value === 'string' && NUMERIC_TEXT.test(value));
}

function isAmountKey(key: string): boolean {
  // The last character first: names ending in `r` or `s` reach here too, and a character code is cheaper than endsWith.
  return key.charCodeAt(key.length - 1) === 112 && (key.endsWith('beloep') || key.endsWith('Beloep'));
}

/** An attachment reference carries a file name or an uuid; wrappers such as Fullmakt {fraDato, fullmakt} do not. */
function looksLikeVedlegg(value: unknown): value is JsonObject {
  return isObject(value) && (value['filnavn'] !== undefined || value['uuid'] !== undefined);
}

/**
 * A collected value. Its pointer is not built during the walk: it is the path of the object that holds it (known by
 * that object's number in walk order) and its member name, resolved for every collected value at once, by a second
 * walk, the first time any of them is reported.
 */
class Found implements Located {
  readonly value: unknown;
  readonly #scan: Scan;
  /** The number of the holding object in walk order. */
  readonly container: number;
  readonly key: string;
  /** The position in a list under `key`, or -1. */
  readonly index: number;
  #sti: string | undefined;

  constructor(value: unknown, scan: Scan, container: number, key: string, index: number) {
    this.value = value;
    this.#scan = scan;
    this.container = container;
    this.key = key;
    this.index = index;
  }

  get sti(): string {
    if (this.#sti === undefined) this.#scan.resolvePointers();
    return this.#sti as string;
  }

  /** Sets the pointer from the path of the holding object. */
  resolve(containerPath: string): void {
    const sti = `${containerPath}/${escapePointerToken(this.key)}`;
    this.#sti = this.index < 0 ? sti : `${sti}/${this.index}`;
  }
}

class FoundVedlegg extends Found implements VedleggView {
  readonly node: JsonObject;
  readonly forventetType: string | undefined;
  readonly eier: JsonObject;
  #typeKode: string | undefined | null = null;

  constructor(
    node: JsonObject,
    scan: Scan,
    container: number,
    slot: string,
    index: number,
    forventetType: string | undefined,
    eier: JsonObject,
  ) {
    super(node, scan, container, slot, index);
    this.node = node;
    this.forventetType = forventetType;
    this.eier = eier;
  }

  get slot(): string {
    return this.key;
  }

  get forventetTypeKode(): string | undefined {
    return this.forventetType === undefined ? undefined : normaliseCode(this.forventetType);
  }

  get typeKode(): string | undefined {
    if (this.#typeKode === null) {
      const type = this.node['type'];
      this.#typeKode = typeof type === 'string' && type.trim() !== '' ? normaliseCode(type) : undefined;
    }
    return this.#typeKode;
  }
}

function pointerOf(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const segment of path) out += `/${escapePointerToken(segment)}`;
  return out;
}

function collectScalar(key: string, value: unknown, container: number, scan: Scan): void {
  if (key === KIDNUMMER) scan.kidnumre.push(new Found(value, scan, container, key, -1));
  else if (isRenteKey(key)) {
    if (isScalarNumberLike(value)) scan.renter.push(new Found(value, scan, container, key, -1));
  } else if (isAmountKey(key) && isScalarNumberLike(value)) {
    scan.beloep.push(new Found(value, scan, container, key, -1));
  }
}

function collectSlot(object: JsonObject, key: string, child: object, container: number, scan: Scan): void {
  const forventetType = VEDLEGG_SLOTS[key];
  if (Array.isArray(child)) {
    for (let i = 0; i < child.length; i++) {
      const candidate: unknown = child[i];
      if (looksLikeVedlegg(candidate)) {
        scan.vedlegg.push(new FoundVedlegg(candidate, scan, container, key, i, forventetType, object));
      }
    }
  } else if (looksLikeVedlegg(child)) {
    scan.vedlegg.push(new FoundVedlegg(child, scan, container, key, -1, forventetType, object));
  }
}

/*
 * Two walks with the same order and the same pruning: the first collects and numbers the objects it enters, keeping
 * no path; the second, run only when a pointer is asked for, keeps the path and finds each holding object by its
 * number. They must stay in step: both visit object members in for-in order, list items in index order, and skip
 * nulls, scalars and SKIP members alike.
 */

function collectInArray(list: readonly unknown[], scan: Scan): void {
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (item === null || typeof item !== 'object') continue;
    if (Array.isArray(item)) collectInArray(item, scan);
    else collectInObject(item as JsonObject, scan);
  }
}

function collectInObject(object: JsonObject, scan: Scan): void {
  const container = scan.entered++;
  for (const key in object) {
    const child = object[key];
    if (child === undefined || child === null) continue;
    if (typeof child !== 'object') {
      if (mayBeCollected(key)) collectScalar(key, child, container, scan);
      continue;
    }
    const role = containerRoleOf(key);
    if (role === SKIP) continue;
    if (role === SLOT) collectSlot(object, key, child, container, scan);
    if (Array.isArray(child)) collectInArray(child, scan);
    else collectInObject(child as JsonObject, scan);
  }
}

interface Resolution {
  entered: number;
  readonly path: Array<string | number>;
  readonly pending: ReadonlyMap<number, readonly Found[]>;
}

function resolveInArray(list: readonly unknown[], resolution: Resolution): void {
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (item === null || typeof item !== 'object') continue;
    resolution.path.push(i);
    if (Array.isArray(item)) resolveInArray(item, resolution);
    else resolveInObject(item as JsonObject, resolution);
    resolution.path.pop();
  }
}

function resolveInObject(object: JsonObject, resolution: Resolution): void {
  const here = resolution.pending.get(resolution.entered++);
  if (here) {
    const path = pointerOf(resolution.path);
    for (const found of here) found.resolve(path);
  }
  for (const key in object) {
    const child = object[key];
    if (child === undefined || child === null || typeof child !== 'object') continue;
    if (containerRoleOf(key) === SKIP) continue;
    resolution.path.push(key);
    if (Array.isArray(child)) resolveInArray(child, resolution);
    else resolveInObject(child as JsonObject, resolution);
    resolution.path.pop();
  }
}

class Scan implements DocumentScan {
  readonly beloep: Found[] = [];
  readonly renter: Found[] = [];
  readonly kidnumre: Found[] = [];
  readonly vedlegg: FoundVedlegg[] = [];
  /** Objects entered so far by the collecting walk. */
  entered = 0;
  readonly #root: JsonObject;

  constructor(root: JsonObject) {
    this.#root = root;
    collectInObject(root, this);
  }

  /** Walks the document again, the same way, to give every collected value its pointer. */
  resolvePointers(): void {
    const pending = new Map<number, Found[]>();
    for (const list of [this.beloep, this.renter, this.kidnumre, this.vedlegg]) {
      for (const found of list) {
        const here = pending.get(found.container);
        if (here) here.push(found);
        else pending.set(found.container, [found]);
      }
    }
    resolveInObject(this.#root, { entered: 0, path: [], pending });
  }
}

/**
 * One pass over the document that allocates only for the values it collects. Their pointers are made when a
 * finding needs one, which assumes the document is not changed while the view is in use (as every part of the
 * view read on first use does).
 */
export function scanDocument(root: JsonObject): DocumentScan {
  return new Scan(root);
}

// The switch must know every attachment slot of the assumptions, and the filter every name collected.
for (const key of Object.keys(VEDLEGG_SLOTS)) {
  if (containerRoleOf(key) !== SLOT)
    throw new Error(`walk.ts: attachment slot "${key}" is missing from containerRoleOf`);
}
for (const key of [KIDNUMMER, ...RENTE_KEYS, 'beloep', 'Beloep']) {
  if (!mayBeCollected(key)) throw new Error(`walk.ts: "${key}" does not pass mayBeCollected`);
}
if (!RENTE_KEYS.every(isRenteKey)) throw new Error('walk.ts: isRenteKey does not know every rate name');
