import { defineVilkaar } from '../define-vilkaar.js';
import { dateOf } from '../view/node.js';

/** Model 2.0: a payment dated after today. */
export default defineVilkaar({
  kode: 'INNBETALING_FRAM_I_TID',
  run: (view, context) =>
    view.krav.flatMap((krav) =>
      krav.innbetalinger.flatMap((innbetaling) => {
        const dato = dateOf(innbetaling.dato);
        if (!innbetaling.dato || dato === undefined || dato <= context.today) return [];
        return [
          {
            sti: innbetaling.dato.sti,
            verdier: { kravreferanse: krav.referanse?.value ?? '', dato: innbetaling.dato.value },
          },
        ];
      }),
    ),
});
