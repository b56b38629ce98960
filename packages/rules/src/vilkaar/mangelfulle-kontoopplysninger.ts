import { defineVilkaar, NO_FUNN } from '../define-vilkaar.js';
import { type Located, textOf } from '../view/node.js';

const has = (located: Located | undefined) => textOf(located) !== undefined;

/** Account information without any account value, or a Norwegian account without kontonummer (ASSUMPTION konto). */
export default defineVilkaar({
  kode: 'MANGELFULLE_KONTOOPPLYSNINGER',
  run(view) {
    const betaling = view.betaling;
    const anyValue = has(betaling.kontonummer) || has(betaling.iban) || has(betaling.bic) || has(betaling.bankkode);
    const norwegianWithoutNumber = betaling.norsk === true && !has(betaling.kontonummer);
    if (anyValue && !norwegianWithoutNumber) return NO_FUNN;
    return [{ sti: betaling.present ? (betaling.konto?.sti ?? betaling.sti) : '' }];
  },
});
