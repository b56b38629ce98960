import { isValidIban, isValidKontonummer } from '@elan-kit/schemas';
import { defineVilkaar, NO_FUNN } from '../define-vilkaar.js';
import { textOf } from '../view/node.js';

/** A Norwegian kontonummer with wrong length or check digit; for a foreign account, an invalid IBAN. */
export default defineVilkaar({
  kode: 'UGYLDIG_KONTONR',
  run(view) {
    const { norsk, kontonummer, iban } = view.betaling;
    if (norsk === false) {
      const value = textOf(iban);
      return iban && value !== undefined && !isValidIban(value)
        ? [{ sti: iban.sti, verdier: { kontonummer: value } }]
        : NO_FUNN;
    }
    const value = textOf(kontonummer);
    if (!kontonummer || value === undefined || isValidKontonummer(value)) return NO_FUNN;
    return [{ sti: kontonummer.sti, verdier: { kontonummer: value } }];
  },
});
