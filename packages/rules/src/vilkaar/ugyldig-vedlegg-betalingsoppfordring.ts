import { defineVilkaar } from '../define-vilkaar.js';
import { filnavnFunn, wrongTypeFunn } from '../support/vedlegg.js';

/** The attachment of a betalingsoppfordring slot has another VedleggType than betalingsoppfordring. */
export default defineVilkaar({
  kode: 'UGYLDIG_VEDLEGG_BETALINGSOPPFORDRING',
  run: (view) => wrongTypeFunn(view, 'betalingsoppfordring', filnavnFunn),
});
