import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import { asWritten, isValidMoneyOrRate } from '../support/numbers.js';

/** An interest rate that is negative or has more than two decimals. */
export default defineVilkaar({
  kode: 'UGYLDIG_RENTE',
  run(view) {
    let funn: Funn[] | undefined;
    for (const rente of view.scan.renter) {
      if (isValidMoneyOrRate(rente.value)) continue;
      funn = appended(funn, { sti: rente.sti, verdier: { rentesats: asWritten(rente.value) } });
    }
    return funn ?? NO_FUNN;
  },
});
