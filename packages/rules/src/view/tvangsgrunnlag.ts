import { appendPointer } from '@elan-kit/schemas';
import {
  At,
  isObject,
  isPresent,
  type JsonObject,
  type Located,
  NONE,
  normaliseCode,
  type Placed,
  textsAt,
  textValue,
} from './node.js';

export type TvangsgrunnlagArt = 'alminnelig' | 'saerlig' | 'ukjent';

export const SAERLIGE_VARIANTER = [
  'skriftligMeddelelse',
  'gjeldsbrev',
  'elektroniskGjeldserklaering',
  'tvangsmulktEllerLovbestemmelse',
  'sjekkEllerVeksel',
] as const;
export type SaerligVariant = (typeof SAERLIGE_VARIANTER)[number];

export interface VarselView {
  readonly sti: string;
  readonly type: string | undefined;
  /** `type` as `normaliseCode` writes it. */
  readonly typeKode: string | undefined;
  readonly dato: string | undefined;
}

/** One element of `begjaeringensTvangsgrunnlag[]`. */
export interface TvangsgrunnlagView {
  readonly index: number;
  readonly sti: string;
  /** The claim references it covers (`innsendersKravreferanse`, or `kravreferanse` in older documents). */
  readonly kravreferanser: readonly Located<string>[];
  readonly art: TvangsgrunnlagArt;
  readonly variant: { readonly navn: SaerligVariant; readonly node: Located<JsonObject> } | undefined;
  readonly varsler: readonly VarselView[];
  /** On the tvangsgrunnlag, its saerligTvangsgrunnlag or its variant, trimmed. */
  readonly begrunnelseUnnlatVarsel: string | undefined;
  readonly betegnelse: string | undefined;
  /** The oppfyllelsesfrist of each domsslutning of an alminnelig tvangsgrunnlag, as written. */
  readonly oppfyllelsesfrister: readonly string[];
}

class Varsel implements VarselView {
  readonly #parent: Placed;
  readonly #key: string | number;
  readonly type: string | undefined;
  readonly typeKode: string | undefined;
  readonly dato: string | undefined;

  /** `varsel` is read from `parent` under `key`. */
  constructor(varsel: JsonObject, parent: Placed, key: string | number) {
    this.#parent = parent;
    this.#key = key;
    this.type = textValue(varsel['type']);
    this.typeKode = this.type === undefined ? undefined : normaliseCode(this.type);
    this.dato = textValue(varsel['dato']);
  }

  get sti(): string {
    return appendPointer(this.#parent.sti, this.#key);
  }
}

/** The name of the særlig variant `holder` carries (one read per name keeps each read monomorphic). */
function variantNameIn(holder: JsonObject | undefined): SaerligVariant | undefined {
  if (holder === undefined) return undefined;
  if (isObject(holder['skriftligMeddelelse'])) return 'skriftligMeddelelse';
  if (isObject(holder['gjeldsbrev'])) return 'gjeldsbrev';
  if (isObject(holder['elektroniskGjeldserklaering'])) return 'elektroniskGjeldserklaering';
  if (isObject(holder['tvangsmulktEllerLovbestemmelse'])) return 'tvangsmulktEllerLovbestemmelse';
  return isObject(holder['sjekkEllerVeksel']) ? 'sjekkEllerVeksel' : undefined;
}

class Tvangsgrunnlag implements TvangsgrunnlagView, Located<JsonObject> {
  readonly value: JsonObject;
  readonly #parent: Placed;
  readonly #key: string | number;
  #sti: string | undefined;
  readonly index: number;
  readonly kravreferanser: readonly Located<string>[];
  readonly art: TvangsgrunnlagArt;
  readonly variant: { readonly navn: SaerligVariant; readonly node: Located<JsonObject> } | undefined;
  readonly varsler: readonly VarselView[];
  readonly begrunnelseUnnlatVarsel: string | undefined;
  readonly betegnelse: string | undefined;
  readonly oppfyllelsesfrister: readonly string[];

  /** `element` is read from `parent` under `key`. */
  constructor(element: JsonObject, parent: Placed, key: string | number, index: number) {
    this.value = element;
    this.#parent = parent;
    this.#key = key;
    this.index = index;
    const saerligValue = element['saerligTvangsgrunnlag'];
    const saerlig = isObject(saerligValue) ? new At(saerligValue, this, 'saerligTvangsgrunnlag') : undefined;
    this.variant = readVariant(this, saerlig);
    const current = element['innsendersKravreferanse'];
    this.kravreferanser = isPresent(current)
      ? textsAt(current, this, 'innsendersKravreferanse')
      : textsAt(element['kravreferanse'], this, 'kravreferanse');
    this.art =
      saerlig || this.variant ? 'saerlig' : isObject(element['alminneligTvangsgrunnlag']) ? 'alminnelig' : 'ukjent';
    const node = this.variant?.node;
    this.varsler = readVarselField(this, saerlig, node);
    this.begrunnelseUnnlatVarsel =
      textValue(element['begrunnelseUnnlatVarsel']) ??
      (saerlig && textValue(saerlig.value['begrunnelseUnnlatVarsel'])) ??
      (node && textValue(node.value['begrunnelseUnnlatVarsel']));
    this.betegnelse = textValue(element['betegnelseAvTvangsgrunnlag']);
    this.oppfyllelsesfrister = readOppfyllelsesfrister(element['alminneligTvangsgrunnlag']);
  }

  get sti(): string {
    this.#sti ??= appendPointer(this.#parent.sti, this.#key);
    return this.#sti;
  }
}

function readOppfyllelsesfrister(alminnelig: unknown): readonly string[] {
  if (!isObject(alminnelig)) return NONE;
  const slutninger = alminnelig['domsslutningInformasjon'];
  const list = Array.isArray(slutninger) ? slutninger : [slutninger];
  const out: string[] = [];
  for (const slutning of list) {
    const frist = isObject(slutning) ? textValue(slutning['oppfyllelsesfrist']) : undefined;
    if (frist !== undefined) out.push(frist);
  }
  return out;
}

// V0-24 put the variant directly on the tvangsgrunnlag; 0.9 on nests it in saerligTvangsgrunnlag.
function readVariant(at: Located<JsonObject>, saerlig: Located<JsonObject> | undefined): TvangsgrunnlagView['variant'] {
  const nested = variantNameIn(saerlig?.value);
  const direct = variantNameIn(at.value);
  const navn = nested === undefined ? direct : direct === undefined ? nested : earlierVariant(nested, direct);
  if (navn === undefined) return undefined;
  const inSaerlig = saerlig?.value[navn];
  if (saerlig && isObject(inSaerlig)) return { navn, node: new At(inSaerlig, saerlig, navn) };
  return { navn, node: new At(at.value[navn] as JsonObject, at, navn) };
}

/** The `varsel` list of the tvangsgrunnlag itself, else of saerligTvangsgrunnlag, else of the variant. */
function readVarselField(
  at: Located<JsonObject>,
  saerlig: Located<JsonObject> | undefined,
  node: Located<JsonObject> | undefined,
): readonly VarselView[] {
  const own = at.value['varsel'];
  if (isPresent(own)) return readVarsler(own, at);
  const inSaerlig = saerlig?.value['varsel'];
  if (saerlig && isPresent(inSaerlig)) return readVarsler(inSaerlig, saerlig);
  const inVariant = node?.value['varsel'];
  return node && isPresent(inVariant) ? readVarsler(inVariant, node) : NONE;
}

/** The `varsel` list (or single varsel) read from `parent`. */
function readVarsler(value: unknown, parent: Located): readonly VarselView[] {
  if (value === null || typeof value !== 'object') return NONE;
  if (!Array.isArray(value)) return [new Varsel(value as JsonObject, parent, 'varsel')];
  const list = new At(value, parent, 'varsel');
  const out: VarselView[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (isObject(item)) out.push(new Varsel(item, list, i));
  }
  return out.length === 0 ? NONE : out;
}

/** Of two variant names, the one that comes first in SAERLIGE_VARIANTER. */
function earlierVariant(a: SaerligVariant, b: SaerligVariant): SaerligVariant {
  return SAERLIGE_VARIANTER.indexOf(a) <= SAERLIGE_VARIANTER.indexOf(b) ? a : b;
}

/** `begjaeringensTvangsgrunnlag[]`; a single object counts as a list of one. */
export function readTvangsgrunnlagList(root: Located<JsonObject>): readonly TvangsgrunnlagView[] {
  const value = root.value['begjaeringensTvangsgrunnlag'];
  if (!Array.isArray(value)) {
    return isObject(value) ? [new Tvangsgrunnlag(value, root, 'begjaeringensTvangsgrunnlag', 0)] : NONE;
  }
  const list = new At(value, root, 'begjaeringensTvangsgrunnlag');
  const out: TvangsgrunnlagView[] = [];
  for (let i = 0; i < value.length; i++) {
    const element: unknown = value[i];
    if (isObject(element)) out.push(new Tvangsgrunnlag(element, list, i, out.length));
  }
  return out;
}
