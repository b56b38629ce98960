import {
  At,
  isObject,
  isPresent,
  type JsonObject,
  type Located,
  NONE,
  objectsAt,
  textAt,
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
  readonly type: Located<string> | undefined;
  readonly dato: Located<string> | undefined;
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
  readonly begrunnelseUnnlatVarsel: Located<string> | undefined;
  readonly betegnelse: string | undefined;
}

class Varsel implements VarselView {
  readonly #at: Located<JsonObject>;
  readonly type: Located<string> | undefined;
  readonly dato: Located<string> | undefined;

  constructor(at: Located<JsonObject>) {
    this.#at = at;
    this.type = textAt(at.value['type'], at, 'type');
    this.dato = textAt(at.value['dato'], at, 'dato');
  }

  get sti(): string {
    return this.#at.sti;
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

class Tvangsgrunnlag implements TvangsgrunnlagView {
  readonly #at: Located<JsonObject>;
  readonly index: number;
  readonly kravreferanser: readonly Located<string>[];
  readonly art: TvangsgrunnlagArt;
  readonly variant: { readonly navn: SaerligVariant; readonly node: Located<JsonObject> } | undefined;
  readonly varsler: readonly VarselView[];
  readonly begrunnelseUnnlatVarsel: Located<string> | undefined;
  readonly betegnelse: string | undefined;

  constructor(at: Located<JsonObject>, index: number) {
    this.#at = at;
    this.index = index;
    const element = at.value;
    const saerligValue = element['saerligTvangsgrunnlag'];
    const saerlig = isObject(saerligValue) ? new At(saerligValue, at, 'saerligTvangsgrunnlag') : undefined;
    this.variant = readVariant(at, saerlig);
    const current = element['innsendersKravreferanse'];
    this.kravreferanser = isPresent(current)
      ? textsAt(current, at, 'innsendersKravreferanse')
      : textsAt(element['kravreferanse'], at, 'kravreferanse');
    this.art =
      saerlig || this.variant ? 'saerlig' : isObject(element['alminneligTvangsgrunnlag']) ? 'alminnelig' : 'ukjent';
    const node = this.variant?.node;
    this.varsler = readVarselField(at, saerlig, node);
    this.begrunnelseUnnlatVarsel =
      textAt(element['begrunnelseUnnlatVarsel'], at, 'begrunnelseUnnlatVarsel') ??
      (saerlig && textAt(saerlig.value['begrunnelseUnnlatVarsel'], saerlig, 'begrunnelseUnnlatVarsel')) ??
      (node && textAt(node.value['begrunnelseUnnlatVarsel'], node, 'begrunnelseUnnlatVarsel'));
    this.betegnelse = textValue(element['betegnelseAvTvangsgrunnlag']);
  }

  get sti(): string {
    return this.#at.sti;
  }
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

function readVarsler(value: unknown, parent: Located): readonly VarselView[] {
  const list = objectsAt(value, parent, 'varsel');
  return list.length === 0 ? NONE : list.map((at) => new Varsel(at));
}

/** Of two variant names, the one that comes first in SAERLIGE_VARIANTER. */
function earlierVariant(a: SaerligVariant, b: SaerligVariant): SaerligVariant {
  return SAERLIGE_VARIANTER.indexOf(a) <= SAERLIGE_VARIANTER.indexOf(b) ? a : b;
}

/** `begjaeringensTvangsgrunnlag[]`; a single object counts as a list of one. */
export function readTvangsgrunnlagList(root: Located<JsonObject>): readonly TvangsgrunnlagView[] {
  const value = root.value['begjaeringensTvangsgrunnlag'];
  if (!Array.isArray(value)) {
    return isObject(value) ? [new Tvangsgrunnlag(new At(value, root, 'begjaeringensTvangsgrunnlag'), 0)] : NONE;
  }
  const list = new At(value, root, 'begjaeringensTvangsgrunnlag');
  const out: TvangsgrunnlagView[] = [];
  for (let i = 0; i < value.length; i++) {
    const element: unknown = value[i];
    if (isObject(element)) out.push(new Tvangsgrunnlag(new At(element, list, i), out.length));
  }
  return out;
}
