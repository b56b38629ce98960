import { VARSEL_418_TYPES } from '../assumptions.js';
import { defineVilkaar } from '../define-vilkaar.js';
import { normaliseCode } from '../view/node.js';

/** A særlig tvangsgrunnlag with neither a § 4-18 varsel nor an accepted reason for omitting it. */
export default defineVilkaar({
  kode: 'PARAGRAF_4_18_VARSEL_PAAKREVET',
  run: (view, context) =>
    view.tvangsgrunnlag
      .filter((grunnlag) => {
        if (grunnlag.art !== 'saerlig') return false;
        if (grunnlag.varsler.some((varsel) => varsel.type && VARSEL_418_TYPES.has(normaliseCode(varsel.type.value)))) {
          return false;
        }
        const reasonAccepted =
          grunnlag.begrunnelseUnnlatVarsel !== undefined &&
          !(context.strictBegrunnelseUnnlatVarsel && grunnlag.variant?.navn === 'skriftligMeddelelse');
        return !reasonAccepted;
      })
      .map((grunnlag) => ({ sti: grunnlag.sti })),
});
