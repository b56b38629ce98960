import { kravTypeOf } from '../assumptions.js';
import { At, field, type JsonObject, type Located, objectField, objectsOf, textField, textsOf } from './node.js';

export type KravType =
  | 'hovedkrav'
  | 'rentekrav'
  | 'utenrettsligeKostnader'
  | 'tidligereRettsligeSakskostnader'
  | 'sakskostnaderForSkriving'
  | 'sakskostnader'
  | 'gebyr'
  | 'ukjent';

export interface InnbetalingView {
  readonly sti: string;
  readonly dato: Located<string> | undefined;
}

export interface RentePeriodeView {
  readonly sti: string;
  readonly startdato: Located<string> | undefined;
  readonly sluttdato: Located<string> | undefined;
}

/** One element of `kravTilInnkreving[]`, read across model versions. */
export interface KravView {
  readonly index: number;
  readonly sti: string;
  /** `innsendersKravreferanse` (V1.0+) or `kravreferanse` (up to 0.9). */
  readonly referanse: Located<string> | undefined;
  readonly kravdetaljer: Located<string> | undefined;
  readonly type: KravType;
  readonly relatertKrav: Located | undefined;
  readonly relaterteKrav: readonly Located<string>[];
  /** Integer or — as every published example sends it — a numeric string. */
  readonly prioritetISak: Located | undefined;
  /** `rentekrav` (V1.0+) or `erRentekrav` (0.9): the claim is interest. */
  readonly rentekrav: Located<JsonObject> | undefined;
  readonly rentePeriode: RentePeriodeView | undefined;
  /** `rentebaerendeKrav` (V1.0+) or `renteOpplysning` (0.9): the claim bears interest. */
  readonly renteopplysninger: Located<JsonObject> | undefined;
  readonly kravforfall: Located | undefined;
  readonly forfallsdato: Located<string> | undefined;
  readonly innbetalinger: readonly InnbetalingView[];
}

function hasValue(located: Located | undefined): boolean {
  return located !== undefined && !(typeof located.value === 'string' && located.value.trim() === '');
}

class RentePeriode extends At implements RentePeriodeView {
  readonly startdato: Located<string> | undefined;
  readonly sluttdato: Located<string> | undefined;

  constructor(periode: Located<JsonObject>) {
    super(periode);
    this.startdato = textField(periode, 'startdato', 'startDato');
    this.sluttdato = textField(periode, 'sluttdato', 'sluttDato');
  }
}

class Innbetaling extends At implements InnbetalingView {
  readonly dato: Located<string> | undefined;

  constructor(innbetaling: Located<JsonObject>) {
    super(innbetaling);
    this.dato = textField(innbetaling, 'bokfoertDato', 'dato');
  }
}

class Krav extends At implements KravView {
  readonly index: number;
  readonly referanse: Located<string> | undefined;
  readonly kravdetaljer: Located<string> | undefined;
  readonly type: KravType;
  readonly relatertKrav: Located | undefined;
  readonly relaterteKrav: readonly Located<string>[];
  readonly prioritetISak: Located | undefined;
  readonly rentekrav: Located<JsonObject> | undefined;
  readonly rentePeriode: RentePeriodeView | undefined;
  readonly renteopplysninger: Located<JsonObject> | undefined;
  readonly kravforfall: Located | undefined;
  readonly forfallsdato: Located<string> | undefined;
  readonly innbetalinger: readonly InnbetalingView[];

  constructor(element: Located<JsonObject>, index: number) {
    super(element);
    this.index = index;
    this.referanse = textField(element, 'innsendersKravreferanse', 'kravreferanse');
    this.kravdetaljer = textField(element, 'kravdetaljer');
    this.type = this.kravdetaljer ? kravTypeOf(this.kravdetaljer.value) : 'ukjent';
    this.relatertKrav = field(element, 'relatertKrav');
    this.relaterteKrav = textsOf(this.relatertKrav);
    const prioritet = field(element, 'prioritetISak');
    this.prioritetISak = hasValue(prioritet) ? prioritet : undefined;
    this.rentekrav = objectField(element, 'rentekrav', 'erRentekrav');
    const periode = objectField(this.rentekrav, 'rentePeriode');
    this.rentePeriode = periode && new RentePeriode(periode);
    this.renteopplysninger = objectField(element, 'rentebaerendeKrav', 'renteOpplysning');
    this.kravforfall = field(element, 'kravforfall');
    this.forfallsdato = textField(objectField(element, 'kravforfall'), 'forfallsdato', 'betalingsfrist');
    this.innbetalinger = objectsOf(field(element, 'innbetaling')).map((innbetaling) => new Innbetaling(innbetaling));
  }
}

export function readKrav(element: Located<JsonObject>, index: number): KravView {
  return new Krav(element, index);
}

export function readKravList(root: Located<JsonObject>): KravView[] {
  return objectsOf(field(root, 'kravTilInnkreving', 'hovedkrav')).map((element, index) => readKrav(element, index));
}
