import { FORFALLSDATO_REQUIRED } from '../assumptions.js';
import { defineVilkaar } from '../define-vilkaar.js';

/** Model 2.0: a main claim, out-of-court cost or earlier legal cost without kravforfall.forfallsdato. */
export default defineVilkaar({
  kode: 'KRAV_MANGLER_FORFALLSDATO',
  run: (view) =>
    view.krav
      .filter((krav) => FORFALLSDATO_REQUIRED.has(krav.type) && !krav.forfallsdato)
      .map((krav) => ({
        sti: krav.kravforfall?.sti ?? krav.sti,
        verdier: { kravreferanse: krav.referanse?.value ?? '', kravdetaljer: krav.kravdetaljer?.value ?? '' },
      })),
});
