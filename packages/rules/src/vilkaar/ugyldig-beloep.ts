import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import { asWritten, isValidMoneyOrRate } from '../support/numbers.js';

/** An amount that is negative or has more than two decimals, wherever it occurs. */
export default defineVilkaar({
  kode: 'UGYLDIG_BELOEP',
  run(view) {
    let funn: Funn[] | undefined;
    for (const beloep of view.scan.beloep) {
      if (isValidMoneyOrRate(beloep.value)) continue;
      funn = appended(funn, { sti: beloep.sti, verdier: { beløp: asWritten(beloep.value) } });
    }
    return funn ?? NO_FUNN;
  },
});
