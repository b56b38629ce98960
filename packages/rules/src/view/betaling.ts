import { At, isObject, isPresent, type JsonObject, type Located } from './node.js';

/** `betalingsinformasjon`, read across its documented shapes (information-model.md §6.3). */
export interface BetalingView {
  readonly sti: string;
  readonly present: boolean;
  /** `true` for a Norwegian account, `false` for a foreign one, `undefined` when the document does not say. */
  readonly norsk: boolean | undefined;
  /** The object holding the account fields. */
  readonly konto: Located<JsonObject> | undefined;
  readonly kontonummer: Located | undefined;
  readonly iban: Located | undefined;
  readonly bic: Located | undefined;
  readonly bankkode: Located | undefined;
}

const ABSENT: BetalingView = Object.freeze({
  sti: '/betalingsinformasjon',
  present: false,
  norsk: undefined,
  konto: undefined,
  kontonummer: undefined,
  iban: undefined,
  bic: undefined,
  bankkode: undefined,
});

/** An account field: on the account object, else (some producers) directly on betalingsinformasjon. */
function accountField(
  konto: Located<JsonObject> | undefined,
  info: Located<JsonObject>,
  key: string,
): Located | undefined {
  const own = konto?.value[key];
  if (konto && isPresent(own)) return new At(own, konto, key);
  const onInfo = info.value[key];
  return isPresent(onInfo) ? new At(onInfo, info, key) : undefined;
}

class Betaling implements BetalingView {
  readonly #at: Located<JsonObject>;
  readonly present = true;
  readonly norsk: boolean | undefined;
  readonly konto: Located<JsonObject> | undefined;
  readonly kontonummer: Located | undefined;
  readonly iban: Located | undefined;
  readonly bic: Located | undefined;
  readonly bankkode: Located | undefined;

  constructor(at: Located<JsonObject>) {
    this.#at = at;
    const info = at.value;
    const norskKonto = info['norskKonto'];
    let norsk: boolean | undefined;
    let konto: Located<JsonObject> | undefined;
    if (isPresent(norskKonto) && typeof norskKonto === 'object') {
      // CONFLICT: the 0.9 examples send norskKonto as an object holding the account fields.
      norsk = true;
      konto = isObject(norskKonto) ? new At(norskKonto, at, 'norskKonto') : undefined;
    } else {
      if (typeof norskKonto === 'boolean') norsk = norskKonto;
      const utenlandskKonto = info['utenlandskKonto'];
      const utenlandsk = isObject(utenlandskKonto) ? new At(utenlandskKonto, at, 'utenlandskKonto') : undefined;
      if (utenlandsk && norsk === undefined) norsk = false;
      const kontoinformasjon = info['kontoinformasjon'];
      konto = isObject(kontoinformasjon) ? new At(kontoinformasjon, at, 'kontoinformasjon') : utenlandsk;
    }
    this.norsk = norsk;
    this.konto = konto;
    this.kontonummer = accountField(konto, at, 'kontonummer');
    this.iban = accountField(konto, at, 'iban');
    this.bic = accountField(konto, at, 'bic');
    this.bankkode = accountField(konto, at, 'bankkode');
  }

  get sti(): string {
    return this.#at.sti;
  }
}

export function readBetaling(root: Located<JsonObject>): BetalingView {
  const info = root.value['betalingsinformasjon'];
  return isObject(info) ? new Betaling(new At(info, root, 'betalingsinformasjon')) : ABSENT;
}
