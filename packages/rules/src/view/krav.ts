import { kravTypeOf } from '../assumptions.js';
import {
  At,
  isObject,
  isPresent,
  type JsonObject,
  type Located,
  NONE,
  objectAt,
  objectsAt,
  textAt,
  textsAt,
  textValue,
} from './node.js';

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

function isBlank(value: unknown): boolean {
  return typeof value === 'string' && value.trim() === '';
}

class RentePeriode implements RentePeriodeView {
  readonly #at: Located<JsonObject>;
  readonly startdato: Located<string> | undefined;
  readonly sluttdato: Located<string> | undefined;

  constructor(at: Located<JsonObject>) {
    this.#at = at;
    const periode = at.value;
    this.startdato = textAt(periode['startdato'], at, 'startdato') ?? textAt(periode['startDato'], at, 'startDato');
    this.sluttdato = textAt(periode['sluttdato'], at, 'sluttdato') ?? textAt(periode['sluttDato'], at, 'sluttDato');
  }

  get sti(): string {
    return this.#at.sti;
  }
}

class Innbetaling implements InnbetalingView {
  readonly #at: Located<JsonObject>;
  readonly dato: Located<string> | undefined;

  constructor(at: Located<JsonObject>) {
    this.#at = at;
    const innbetaling = at.value;
    this.dato = textAt(innbetaling['bokfoertDato'], at, 'bokfoertDato') ?? textAt(innbetaling['dato'], at, 'dato');
  }

  get sti(): string {
    return this.#at.sti;
  }
}

function readRentekrav(at: Located<JsonObject>): Located<JsonObject> | undefined {
  const element = at.value;
  return objectAt(element['rentekrav'], at, 'rentekrav') ?? objectAt(element['erRentekrav'], at, 'erRentekrav');
}

function readRenteopplysninger(at: Located<JsonObject>): Located<JsonObject> | undefined {
  const element = at.value;
  return (
    objectAt(element['rentebaerendeKrav'], at, 'rentebaerendeKrav') ??
    objectAt(element['renteOpplysning'], at, 'renteOpplysning')
  );
}

function readForfallsdato(kravforfall: Located): Located<string> | undefined {
  const value = kravforfall.value;
  if (!isObject(value)) return undefined;
  return (
    textAt(value['forfallsdato'], kravforfall, 'forfallsdato') ??
    textAt(value['betalingsfrist'], kravforfall, 'betalingsfrist')
  );
}

class Krav implements KravView {
  readonly #at: Located<JsonObject>;
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
  #innbetalinger: readonly InnbetalingView[] | undefined;

  constructor(at: Located<JsonObject>, index: number) {
    this.#at = at;
    this.index = index;
    const element = at.value;
    this.referanse =
      textAt(element['innsendersKravreferanse'], at, 'innsendersKravreferanse') ??
      textAt(element['kravreferanse'], at, 'kravreferanse');
    const kravdetaljer = textValue(element['kravdetaljer']);
    this.kravdetaljer = kravdetaljer === undefined ? undefined : new At(kravdetaljer, at, 'kravdetaljer');
    this.type = kravdetaljer === undefined ? 'ukjent' : kravTypeOf(kravdetaljer);
    const relatertKrav = element['relatertKrav'];
    if (isPresent(relatertKrav)) {
      this.relatertKrav = new At(relatertKrav, at, 'relatertKrav');
      this.relaterteKrav = textsAt(relatertKrav, at, 'relatertKrav');
    } else {
      this.relatertKrav = undefined;
      this.relaterteKrav = NONE;
    }
    const prioritet = element['prioritetISak'];
    this.prioritetISak =
      isPresent(prioritet) && !isBlank(prioritet) ? new At(prioritet, at, 'prioritetISak') : undefined;
    this.rentekrav = readRentekrav(at);
    const periode = this.rentekrav?.value['rentePeriode'];
    this.rentePeriode =
      this.rentekrav && isObject(periode)
        ? new RentePeriode(new At(periode, this.rentekrav, 'rentePeriode'))
        : undefined;
    this.renteopplysninger = readRenteopplysninger(at);
    const kravforfall = element['kravforfall'];
    this.kravforfall = isPresent(kravforfall) ? new At(kravforfall, at, 'kravforfall') : undefined;
    this.forfallsdato = this.kravforfall && readForfallsdato(this.kravforfall);
  }

  get sti(): string {
    return this.#at.sti;
  }

  /** Read on first use: only model 2.0 has a vilkår on payments. */
  get innbetalinger(): readonly InnbetalingView[] {
    if (this.#innbetalinger === undefined) {
      const list = objectsAt(this.#at.value['innbetaling'], this.#at, 'innbetaling');
      this.#innbetalinger = list.length === 0 ? NONE : list.map((at) => new Innbetaling(at));
    }
    return this.#innbetalinger;
  }
}

/** `kravTilInnkreving[]` (or `hovedkrav[]` in the oldest documents); a single object counts as a list of one. */
export function readKravList(root: Located<JsonObject>): readonly KravView[] {
  const current = root.value['kravTilInnkreving'];
  const key = isPresent(current) ? 'kravTilInnkreving' : 'hovedkrav';
  const value = isPresent(current) ? current : root.value['hovedkrav'];
  if (!Array.isArray(value)) return isObject(value) ? [new Krav(new At(value, root, key), 0)] : NONE;
  const list = new At(value, root, key);
  const out: KravView[] = [];
  for (let i = 0; i < value.length; i++) {
    const element: unknown = value[i];
    if (isObject(element)) out.push(new Krav(new At(element, list, i), out.length));
  }
  return out;
}
