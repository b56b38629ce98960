import { defineVilkaar } from '../define-vilkaar.js';
import { filnavnOf, wrongTypeIn } from '../support/vedlegg.js';

/** The attachment of a betalingsoppfordring slot has another VedleggType than betalingsoppfordring. */
export default defineVilkaar({
  kode: 'UGYLDIG_VEDLEGG_BETALINGSOPPFORDRING',
  run: (view) =>
    wrongTypeIn(view, 'betalingsoppfordring').map((vedlegg) => ({
      sti: vedlegg.sti,
      verdier: { filnavn: filnavnOf(vedlegg) },
    })),
});
