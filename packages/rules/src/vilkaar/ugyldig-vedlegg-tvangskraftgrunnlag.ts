import { defineVilkaar } from '../define-vilkaar.js';
import { filnavnFunn, wrongTypeFunn } from '../support/vedlegg.js';

/** The attachment of a tvangskraftgrunnlag slot has another VedleggType than tvangskraftgrunnlag. */
export default defineVilkaar({
  kode: 'UGYLDIG_VEDLEGG_TVANGSKRAFTGRUNNLAG',
  run: (view) => wrongTypeFunn(view, 'tvangskraftgrunnlag', filnavnFunn),
});
