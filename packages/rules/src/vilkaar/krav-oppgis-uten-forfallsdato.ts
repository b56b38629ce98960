import { FORFALLSDATO_FORBIDDEN } from '../assumptions.js';
import { defineVilkaar } from '../define-vilkaar.js';

/** Model 2.0: a claim for writing costs or interest that carries kravforfall. */
export default defineVilkaar({
  kode: 'KRAV_OPPGIS_UTEN_FORFALLSDATO',
  run: (view) =>
    view.krav
      .filter((krav) => FORFALLSDATO_FORBIDDEN.has(krav.type) && krav.kravforfall)
      .map((krav) => ({
        sti: krav.kravforfall?.sti ?? krav.sti,
        verdier: { kravreferanse: krav.referanse?.value ?? '', kravdetaljer: krav.kravdetaljer?.value ?? '' },
      })),
});
