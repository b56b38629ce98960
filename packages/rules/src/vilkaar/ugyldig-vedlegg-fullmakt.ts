import { defineVilkaar } from '../define-vilkaar.js';
import { filnavnFunn, wrongTypeFunn } from '../support/vedlegg.js';

/** The attachment of a fullmakt slot has another VedleggType than fullmakt. */
export default defineVilkaar({
  kode: 'UGYLDIG_VEDLEGG_FULLMAKT',
  run: (view) => wrongTypeFunn(view, 'fullmakt', filnavnFunn),
});
