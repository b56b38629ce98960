import { defineVilkaar, type Funn } from '../define-vilkaar.js';
import { wrongTypeFunn } from '../support/vedlegg.js';
import type { VedleggView } from '../view/walk.js';

function betegnelseFunn(vedlegg: VedleggView): Funn {
  const betegnelse = vedlegg.eier['betegnelseAvTvangsgrunnlag'];
  return { sti: vedlegg.sti, verdier: { betegnelse: typeof betegnelse === 'string' ? betegnelse : '' } };
}

/** The document of a tvangsgrunnlag has another VedleggType than tvangsgrunnlag. */
export default defineVilkaar({
  kode: 'UGYLDIG_VEDLEGG_TVANGSGRUNNLAG',
  run: (view) => wrongTypeFunn(view, 'tvangsgrunnlag', betegnelseFunn),
});
