import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import { dateValue } from '../view/node.js';

/** Model 2.0: an interest period that ends before it starts, or does not start before begjæringsdato. */
export default defineVilkaar({
  kode: 'RENTEKRAV_PERIODE_MAA_HA_GYLDIG_PERIODE',
  run(view) {
    const begjaeringsdato = view.begjaeringsdato;
    let funn: Funn[] | undefined;
    for (const krav of view.krav) {
      const periode = krav.rentePeriode;
      if (!periode) continue;
      const start = dateValue(periode.startdato);
      const slutt = dateValue(periode.sluttdato);
      const endsBeforeStart = start !== undefined && slutt !== undefined && slutt < start;
      const startsTooLate = start !== undefined && begjaeringsdato !== undefined && start >= begjaeringsdato;
      if (!endsBeforeStart && !startsTooLate) continue;
      funn = appended(funn, {
        sti: periode.sti,
        verdier: {
          kravreferanse: krav.referanse ?? '',
          startdato: periode.startdato ?? '',
          sluttdato: periode.sluttdato ?? '',
          begjæringsdato: begjaeringsdato ?? '',
        },
      });
    }
    return funn ?? NO_FUNN;
  },
});
