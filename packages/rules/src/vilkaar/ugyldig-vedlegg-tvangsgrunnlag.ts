import { defineVilkaar } from '../define-vilkaar.js';
import { wrongTypeIn } from '../support/vedlegg.js';

/** The document of a tvangsgrunnlag has another VedleggType than tvangsgrunnlag. */
export default defineVilkaar({
  kode: 'UGYLDIG_VEDLEGG_TVANGSGRUNNLAG',
  run: (view) =>
    wrongTypeIn(view, 'tvangsgrunnlag').map((vedlegg) => {
      const betegnelse = vedlegg.eier['betegnelseAvTvangsgrunnlag'];
      return { sti: vedlegg.sti, verdier: { betegnelse: typeof betegnelse === 'string' ? betegnelse : '' } };
    }),
});
