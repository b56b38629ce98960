import { appendPointer } from '@elan-kit/schemas';
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
  type Placed,
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
  /** `bokfoertDato` (or `dato`), trimmed. */
  readonly dato: string | undefined;
  readonly datoSti: string;
}

export interface RentePeriodeView {
  readonly sti: string;
  readonly startdato: string | undefined;
  readonly sluttdato: string | undefined;
}

/** One element of `kravTilInnkreving[]`, read across model versions. */
export interface KravView {
  readonly index: number;
  readonly sti: string;
  /** `innsendersKravreferanse` (V1.0+) or `kravreferanse` (up to 0.9), trimmed. */
  readonly referanse: string | undefined;
  /** Pointer of the reference (built when a finding names it). */
  readonly referanseSti: string;
  readonly kravdetaljer: string | undefined;
  readonly type: KravType;
  readonly relatertKrav: Located | undefined;
  readonly relaterteKrav: readonly Located<string>[];
  /** `prioritetISak` is given: an integer or — as every published example sends it — a numeric string. */
  readonly harPrioritet: boolean;
  /** `rentekrav` (V1.0+) or `erRentekrav` (0.9): the claim is interest. */
  readonly rentekrav: Located<JsonObject> | undefined;
  readonly rentePeriode: RentePeriodeView | undefined;
  /** `rentebaerendeKrav` (V1.0+) or `renteOpplysning` (0.9): the claim bears interest. */
  readonly renteopplysninger: Located<JsonObject> | undefined;
  readonly kravforfall: Located | undefined;
  /** `kravforfall.forfallsdato` (or `betalingsfrist`), trimmed. */
  readonly forfallsdato: string | undefined;
  readonly innbetalinger: readonly InnbetalingView[];
}

function isBlank(value: unknown): boolean {
  return typeof value === 'string' && value.trim() === '';
}

/*
 * Leaf values are kept as plain values with the name they were read under; their pointer is built only when a
 * finding needs it. A Located object per leaf would cost more than the rules that read the leaves.
 */

class RentePeriode implements RentePeriodeView {
  readonly #parent: Placed;
  readonly startdato: string | undefined;
  readonly sluttdato: string | undefined;

  constructor(periode: JsonObject, parent: Placed) {
    this.#parent = parent;
    this.startdato = textValue(periode['startdato']) ?? textValue(periode['startDato']);
    this.sluttdato = textValue(periode['sluttdato']) ?? textValue(periode['sluttDato']);
  }

  get sti(): string {
    return appendPointer(this.#parent.sti, 'rentePeriode');
  }
}

class Innbetaling implements InnbetalingView {
  readonly #at: Located<JsonObject>;
  readonly dato: string | undefined;
  readonly #datoKey: string;

  constructor(at: Located<JsonObject>) {
    this.#at = at;
    const innbetaling = at.value;
    const bokfoert = textValue(innbetaling['bokfoertDato']);
    this.#datoKey = bokfoert === undefined ? 'dato' : 'bokfoertDato';
    this.dato = bokfoert ?? textValue(innbetaling['dato']);
  }

  get sti(): string {
    return this.#at.sti;
  }

  get datoSti(): string {
    return appendPointer(this.#at.sti, this.#datoKey);
  }
}

function readForfallsdato(kravforfall: unknown): string | undefined {
  if (!isObject(kravforfall)) return undefined;
  return textValue(kravforfall['forfallsdato']) ?? textValue(kravforfall['betalingsfrist']);
}

class Krav implements KravView, Located<JsonObject> {
  readonly value: JsonObject;
  readonly #parent: Placed;
  readonly #key: string | number;
  #sti: string | undefined;
  readonly index: number;
  readonly referanse: string | undefined;
  readonly #referanseKey: string;
  readonly kravdetaljer: string | undefined;
  readonly type: KravType;
  readonly relatertKrav: Located | undefined;
  readonly relaterteKrav: readonly Located<string>[];
  readonly harPrioritet: boolean;
  readonly rentekrav: Located<JsonObject> | undefined;
  readonly rentePeriode: RentePeriodeView | undefined;
  readonly renteopplysninger: Located<JsonObject> | undefined;
  readonly kravforfall: Located | undefined;
  readonly forfallsdato: string | undefined;
  #innbetalinger: readonly InnbetalingView[] | undefined;

  /** `element` is read from `parent` under `key`. */
  constructor(element: JsonObject, parent: Placed, key: string | number, index: number) {
    this.value = element;
    this.#parent = parent;
    this.#key = key;
    this.index = index;
    const current = textValue(element['innsendersKravreferanse']);
    this.#referanseKey = current === undefined ? 'kravreferanse' : 'innsendersKravreferanse';
    this.referanse = current ?? textValue(element['kravreferanse']);
    const kravdetaljer = textValue(element['kravdetaljer']);
    this.kravdetaljer = kravdetaljer;
    this.type = kravdetaljer === undefined ? 'ukjent' : kravTypeOf(kravdetaljer);
    const relatertKrav = element['relatertKrav'];
    if (isPresent(relatertKrav)) {
      this.relatertKrav = new At(relatertKrav, this, 'relatertKrav');
      this.relaterteKrav = textsAt(relatertKrav, this, 'relatertKrav');
    } else {
      this.relatertKrav = undefined;
      this.relaterteKrav = NONE;
    }
    const prioritet = element['prioritetISak'];
    this.harPrioritet = isPresent(prioritet) && !isBlank(prioritet);
    this.rentekrav =
      objectAt(element['rentekrav'], this, 'rentekrav') ?? objectAt(element['erRentekrav'], this, 'erRentekrav');
    const periode = this.rentekrav?.value['rentePeriode'];
    this.rentePeriode = this.rentekrav && isObject(periode) ? new RentePeriode(periode, this.rentekrav) : undefined;
    this.renteopplysninger =
      objectAt(element['rentebaerendeKrav'], this, 'rentebaerendeKrav') ??
      objectAt(element['renteOpplysning'], this, 'renteOpplysning');
    const kravforfall = element['kravforfall'];
    this.kravforfall = isPresent(kravforfall) ? new At(kravforfall, this, 'kravforfall') : undefined;
    this.forfallsdato = readForfallsdato(kravforfall);
  }

  get sti(): string {
    this.#sti ??= appendPointer(this.#parent.sti, this.#key);
    return this.#sti;
  }

  get referanseSti(): string {
    return appendPointer(this.sti, this.#referanseKey);
  }

  /** Read on first use: only model 2.0 has a vilkår on payments. */
  get innbetalinger(): readonly InnbetalingView[] {
    if (this.#innbetalinger === undefined) {
      const list = objectsAt(this.value['innbetaling'], this, 'innbetaling');
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
  if (!Array.isArray(value)) return isObject(value) ? [new Krav(value, root, key, 0)] : NONE;
  const list = new At(value, root, key);
  const out: KravView[] = [];
  for (let i = 0; i < value.length; i++) {
    const element: unknown = value[i];
    if (isObject(element)) out.push(new Krav(element, list, i, out.length));
  }
  return out;
}
