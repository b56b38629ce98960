import { defineVilkaar } from '../define-vilkaar.js';
import { filnavnOf, wrongTypeIn } from '../support/vedlegg.js';

/** The attachment of a tvangskraftgrunnlag slot has another VedleggType than tvangskraftgrunnlag. */
export default defineVilkaar({
  kode: 'UGYLDIG_VEDLEGG_TVANGSKRAFTGRUNNLAG',
  run: (view) =>
    wrongTypeIn(view, 'tvangskraftgrunnlag').map((vedlegg) => ({
      sti: vedlegg.sti,
      verdier: { filnavn: filnavnOf(vedlegg) },
    })),
});
