import { At, field, type JsonObject, type Located, objectField, objectsOf, textField, textsOf } from './node.js';

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

class Varsel extends At implements VarselView {
  readonly type: Located<string> | undefined;
  readonly dato: Located<string> | undefined;

  constructor(varsel: Located<JsonObject>) {
    super(varsel);
    this.type = textField(varsel, 'type');
    this.dato = textField(varsel, 'dato');
  }
}

class Tvangsgrunnlag extends At implements TvangsgrunnlagView {
  readonly index: number;
  readonly kravreferanser: readonly Located<string>[];
  readonly art: TvangsgrunnlagArt;
  readonly variant: { readonly navn: SaerligVariant; readonly node: Located<JsonObject> } | undefined;
  readonly varsler: readonly VarselView[];
  readonly begrunnelseUnnlatVarsel: Located<string> | undefined;
  readonly betegnelse: string | undefined;

  constructor(element: Located<JsonObject>, index: number) {
    super(element);
    this.index = index;
    const alminnelig = objectField(element, 'alminneligTvangsgrunnlag');
    const saerlig = objectField(element, 'saerligTvangsgrunnlag');
    // V0-24 put the variant directly on the tvangsgrunnlag; 0.9 on nests it in saerligTvangsgrunnlag.
    let variant: TvangsgrunnlagView['variant'];
    for (const navn of SAERLIGE_VARIANTER) {
      const node = objectField(saerlig, navn) ?? objectField(element, navn);
      if (node) {
        variant = { navn, node };
        break;
      }
    }
    this.variant = variant;
    this.kravreferanser = textsOf(field(element, 'innsendersKravreferanse', 'kravreferanse'));
    this.art = saerlig || variant ? 'saerlig' : alminnelig ? 'alminnelig' : 'ukjent';
    const varselField = field(element, 'varsel') ?? field(saerlig, 'varsel') ?? field(variant?.node, 'varsel');
    this.varsler = objectsOf(varselField).map((varsel) => new Varsel(varsel));
    this.begrunnelseUnnlatVarsel =
      textField(element, 'begrunnelseUnnlatVarsel') ??
      textField(saerlig, 'begrunnelseUnnlatVarsel') ??
      textField(variant?.node, 'begrunnelseUnnlatVarsel');
    this.betegnelse = textField(element, 'betegnelseAvTvangsgrunnlag')?.value;
  }
}

export function readTvangsgrunnlag(element: Located<JsonObject>, index: number): TvangsgrunnlagView {
  return new Tvangsgrunnlag(element, index);
}

export function readTvangsgrunnlagList(root: Located<JsonObject>): TvangsgrunnlagView[] {
  return objectsOf(field(root, 'begjaeringensTvangsgrunnlag')).map((element, index) =>
    readTvangsgrunnlag(element, index),
  );
}
