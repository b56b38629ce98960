import { defineVilkaar } from '../define-vilkaar.js';
import { asWritten, isValidMoneyOrRate } from '../support/numbers.js';

/** An interest rate that is negative or has more than two decimals. */
export default defineVilkaar({
  kode: 'UGYLDIG_RENTE',
  run: (view) =>
    view.scan.renter
      .filter((rente) => !isValidMoneyOrRate(rente.value))
      .map((rente) => ({ sti: rente.sti, verdier: { rentesats: asWritten(rente.value) } })),
});
