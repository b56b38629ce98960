import { defineVilkaar } from '../define-vilkaar.js';
import { filnavnOf, wrongTypeIn } from '../support/vedlegg.js';

/** The attachment of a transporterklæring slot has another VedleggType than transporterklæring. */
export default defineVilkaar({
  kode: 'UGYLDIG_VEDLEGG_TRANSPORTERKLÆRING',
  run: (view) =>
    wrongTypeIn(view, 'transporterklæring').map((vedlegg) => ({
      sti: vedlegg.sti,
      verdier: { filnavn: filnavnOf(vedlegg) },
    })),
});
