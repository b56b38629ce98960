import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import { dateValue } from '../view/node.js';

/** Model 2.0: a payment dated after today. */
export default defineVilkaar({
  kode: 'INNBETALING_FRAM_I_TID',
  run(view, context) {
    let funn: Funn[] | undefined;
    for (const krav of view.krav) {
      for (const innbetaling of krav.innbetalinger) {
        const dato = dateValue(innbetaling.dato);
        if (innbetaling.dato === undefined || dato === undefined || dato <= context.today) continue;
        funn = appended(funn, {
          sti: innbetaling.datoSti,
          verdier: { kravreferanse: krav.referanse ?? '', dato: innbetaling.dato },
        });
      }
    }
    return funn ?? NO_FUNN;
  },
});
