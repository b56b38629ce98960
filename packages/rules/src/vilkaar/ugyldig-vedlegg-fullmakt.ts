import { defineVilkaar } from '../define-vilkaar.js';
import { filnavnOf, wrongTypeIn } from '../support/vedlegg.js';

/** The attachment of a fullmakt slot has another VedleggType than fullmakt. */
export default defineVilkaar({
  kode: 'UGYLDIG_VEDLEGG_FULLMAKT',
  run: (view) =>
    wrongTypeIn(view, 'fullmakt').map((vedlegg) => ({ sti: vedlegg.sti, verdier: { filnavn: filnavnOf(vedlegg) } })),
});
