import { defineVilkaar } from '../define-vilkaar.js';
import { filnavnFunn, wrongTypeFunn } from '../support/vedlegg.js';

/** The attachment of a transporterklæring slot has another VedleggType than transporterklæring. */
export default defineVilkaar({
  kode: 'UGYLDIG_VEDLEGG_TRANSPORTERKLÆRING',
  run: (view) => wrongTypeFunn(view, 'transporterklæring', filnavnFunn),
});
