import { VARSEL_418_TYPES } from '../assumptions.js';
import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import type { TvangsgrunnlagView } from '../view/tvangsgrunnlag.js';

/** A § 4-18 varsel: of that type, or (model 2.1, which deprecates `type`) a varsel without a type (varsel-418). */
function hasVarsel418(grunnlag: TvangsgrunnlagView): boolean {
  for (const varsel of grunnlag.varsler) {
    if (varsel.typeKode === undefined || VARSEL_418_TYPES.has(varsel.typeKode)) return true;
  }
  return false;
}

/** A særlig tvangsgrunnlag with neither a § 4-18 varsel nor an accepted reason for omitting it. */
export default defineVilkaar({
  kode: 'PARAGRAF_4_18_VARSEL_PAAKREVET',
  run(view, context) {
    let funn: Funn[] | undefined;
    for (const grunnlag of view.tvangsgrunnlag) {
      if (grunnlag.art !== 'saerlig' || hasVarsel418(grunnlag)) continue;
      const reasonAccepted =
        grunnlag.begrunnelseUnnlatVarsel !== undefined &&
        !(context.strictBegrunnelseUnnlatVarsel && grunnlag.variant?.navn === 'skriftligMeddelelse');
      if (!reasonAccepted) funn = appended(funn, { sti: grunnlag.sti });
    }
    return funn ?? NO_FUNN;
  },
});
