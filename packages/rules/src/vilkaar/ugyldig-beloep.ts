import { defineVilkaar } from '../define-vilkaar.js';
import { asWritten, isValidMoneyOrRate } from '../support/numbers.js';

/** An amount that is negative or has more than two decimals, wherever it occurs. */
export default defineVilkaar({
  kode: 'UGYLDIG_BELOEP',
  run: (view) =>
    view.scan.beloep
      .filter((beloep) => !isValidMoneyOrRate(beloep.value))
      .map((beloep) => ({ sti: beloep.sti, verdier: { beløp: asWritten(beloep.value) } })),
});
