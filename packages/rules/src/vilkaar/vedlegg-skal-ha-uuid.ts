import { defineVilkaar } from '../define-vilkaar.js';
import { filnavnOf, uuidOf } from '../support/vedlegg.js';

/** An attachment reference without uuid. */
export default defineVilkaar({
  kode: 'VEDLEGG_SKAL_HA_UUID',
  run: (view) =>
    view.scan.vedlegg
      .filter((vedlegg) => uuidOf(vedlegg) === undefined)
      .map((vedlegg) => ({ sti: vedlegg.sti, posisjonelle: [filnavnOf(vedlegg)] })),
});
