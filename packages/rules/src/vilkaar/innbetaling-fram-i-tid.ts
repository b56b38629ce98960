import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import { dateOf } from '../view/node.js';

/** Model 2.0: a payment dated after today. */
export default defineVilkaar({
  kode: 'INNBETALING_FRAM_I_TID',
  run(view, context) {
    let funn: Funn[] | undefined;
    for (const krav of view.krav) {
      for (const innbetaling of krav.innbetalinger) {
        const dato = dateOf(innbetaling.dato);
        if (!innbetaling.dato || dato === undefined || dato <= context.today) continue;
        funn = appended(funn, {
          sti: innbetaling.dato.sti,
          verdier: { kravreferanse: krav.referanse?.value ?? '', dato: innbetaling.dato.value },
        });
      }
    }
    return funn ?? NO_FUNN;
  },
});
