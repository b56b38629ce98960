import { defineVilkaar } from '../define-vilkaar.js';
import { textOf } from '../view/node.js';

/** Account information without any account value, or a Norwegian account without kontonummer (ASSUMPTION konto). */
export default defineVilkaar({
  kode: 'MANGELFULLE_KONTOOPPLYSNINGER',
  run(view) {
    const betaling = view.betaling;
    const has = (located: Parameters<typeof textOf>[0]) => textOf(located) !== undefined;
    const anyValue = has(betaling.kontonummer) || has(betaling.iban) || has(betaling.bic) || has(betaling.bankkode);
    const norwegianWithoutNumber = betaling.norsk === true && !has(betaling.kontonummer);
    if (anyValue && !norwegianWithoutNumber) return [];
    return [{ sti: betaling.present ? (betaling.konto?.sti ?? betaling.sti) : '' }];
  },
});
