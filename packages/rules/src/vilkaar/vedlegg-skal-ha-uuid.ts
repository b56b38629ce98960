import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import { filnavnOf, uuidOf } from '../support/vedlegg.js';

/** An attachment reference without uuid. */
export default defineVilkaar({
  kode: 'VEDLEGG_SKAL_HA_UUID',
  run(view) {
    let funn: Funn[] | undefined;
    for (const vedlegg of view.scan.vedlegg) {
      if (uuidOf(vedlegg) === undefined)
        funn = appended(funn, { sti: vedlegg.sti, posisjonelle: [filnavnOf(vedlegg)] });
    }
    return funn ?? NO_FUNN;
  },
});
