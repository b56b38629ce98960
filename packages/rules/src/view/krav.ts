import { kravTypeOf } from '../assumptions.js';
import { field, type JsonObject, type Located, objectField, objectsOf, textField, textsOf } from './node.js';

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

export function readKrav(element: Located<JsonObject>, index: number): KravView {
  const kravdetaljer = textField(element, 'kravdetaljer');
  const relatertKrav = field(element, 'relatertKrav');
  const rentekrav = objectField(element, 'rentekrav', 'erRentekrav');
  const periode = objectField(rentekrav, 'rentePeriode');
  const kravforfall = field(element, 'kravforfall');
  const kravforfallObject = objectField(element, 'kravforfall');
  const prioritet = field(element, 'prioritetISak');
  return {
    index,
    sti: element.sti,
    referanse: textField(element, 'innsendersKravreferanse', 'kravreferanse'),
    kravdetaljer,
    type: kravdetaljer ? kravTypeOf(kravdetaljer.value) : 'ukjent',
    relatertKrav,
    relaterteKrav: textsOf(relatertKrav),
    prioritetISak: hasValue(prioritet) ? prioritet : undefined,
    rentekrav,
    rentePeriode: periode && {
      sti: periode.sti,
      startdato: textField(periode, 'startdato', 'startDato'),
      sluttdato: textField(periode, 'sluttdato', 'sluttDato'),
    },
    renteopplysninger: objectField(element, 'rentebaerendeKrav', 'renteOpplysning'),
    kravforfall,
    forfallsdato: textField(kravforfallObject, 'forfallsdato', 'betalingsfrist'),
    innbetalinger: objectsOf(field(element, 'innbetaling')).map((innbetaling) => ({
      sti: innbetaling.sti,
      dato: textField(innbetaling, 'bokfoertDato', 'dato'),
    })),
  };
}

export function readKravList(root: Located<JsonObject>): KravView[] {
  return objectsOf(field(root, 'kravTilInnkreving', 'hovedkrav')).map((element, index) => readKrav(element, index));
}
