import { defineVilkaar, NO_FUNN } from '../define-vilkaar.js';
import { byRegistryState, filnavnOf } from '../support/vedlegg.js';

/** An attachment uploaded for another begjæring (ASSUMPTION vedlegg-reference). */
export default defineVilkaar({
  kode: 'VEDLEGG_SKAL_HA_REFERANSE_TIL_BEGJAERINGEN',
  run(view, context) {
    const expected = context.proving.begjaeringReferanse ?? view.text('innsenderReferanse')?.value;
    if (expected === undefined) return NO_FUNN;
    return byRegistryState(view, context, (info, vedlegg) => {
      const bound = info?.begjaeringReferanse;
      if (bound === undefined || bound === expected) return undefined;
      return { sti: vedlegg.sti, posisjonelle: [filnavnOf(vedlegg), expected] };
    });
  },
});
