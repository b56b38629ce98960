import { field, type JsonObject, type Located, objectField } from './node.js';

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

export function readBetaling(root: Located<JsonObject>): BetalingView {
  const info = objectField(root, 'betalingsinformasjon');
  if (!info) {
    return {
      sti: '/betalingsinformasjon',
      present: false,
      norsk: undefined,
      konto: undefined,
      kontonummer: undefined,
      iban: undefined,
      bic: undefined,
      bankkode: undefined,
    };
  }
  const norskKonto = field(info, 'norskKonto');
  let norsk: boolean | undefined;
  let konto: Located<JsonObject> | undefined;
  if (norskKonto && typeof norskKonto.value === 'object') {
    // CONFLICT: the 0.9 examples send norskKonto as an object holding the account fields.
    norsk = true;
    konto = objectField(info, 'norskKonto');
  } else {
    if (norskKonto && typeof norskKonto.value === 'boolean') norsk = norskKonto.value;
    const utenlandsk = objectField(info, 'utenlandskKonto');
    if (utenlandsk && norsk === undefined) norsk = false;
    konto = objectField(info, 'kontoinformasjon') ?? utenlandsk;
  }
  // Some producers put the account fields directly on betalingsinformasjon.
  const holder = konto ?? info;
  return {
    sti: info.sti,
    present: true,
    norsk,
    konto,
    kontonummer: field(holder, 'kontonummer') ?? field(info, 'kontonummer'),
    iban: field(holder, 'iban') ?? field(info, 'iban'),
    bic: field(holder, 'bic') ?? field(info, 'bic'),
    bankkode: field(holder, 'bankkode') ?? field(info, 'bankkode'),
  };
}
