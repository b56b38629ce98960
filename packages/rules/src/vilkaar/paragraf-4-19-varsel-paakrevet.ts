import { VARSEL_418_TYPES, VARSEL_419_TYPES } from '../assumptions.js';
import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { oneYearBefore } from '../support/dates.js';
import { appended } from '../support/lists.js';
import { dateValue } from '../view/node.js';
import type { TvangsgrunnlagView, VarselView } from '../view/tvangsgrunnlag.js';

function isOfType(varsel: VarselView, types: ReadonlySet<string>): boolean {
  return varsel.typeKode !== undefined && types.has(varsel.typeKode);
}

/** The newest § 4-18 varsel of a tvangsgrunnlag when no § 4-19 varsel renews it, else `undefined`. */
function unrenewedNewest418(grunnlag: TvangsgrunnlagView): { varsel: VarselView; dato: string } | undefined {
  let newest: VarselView | undefined;
  let newestDato = '';
  for (const varsel of grunnlag.varsler) {
    if (isOfType(varsel, VARSEL_419_TYPES)) return undefined;
    if (!isOfType(varsel, VARSEL_418_TYPES)) continue;
    const dato = dateValue(varsel.dato);
    if (dato !== undefined && (newest === undefined || dato > newestDato)) {
      newest = varsel;
      newestDato = dato;
    }
  }
  return newest && { varsel: newest, dato: newestDato };
}

/** The newest § 4-18 varsel is more than a year older than begjæringsdato and no § 4-19 varsel or reason is given. */
export default defineVilkaar({
  kode: 'PARAGRAF_4_19_VARSEL_PAAKREVET',
  run(view) {
    const begjaeringsdato = view.begjaeringsdato;
    if (!begjaeringsdato) return NO_FUNN;
    let cutoff: string | undefined;
    let funn: Funn[] | undefined;
    for (const grunnlag of view.tvangsgrunnlag) {
      if (grunnlag.varsler.length === 0 || grunnlag.begrunnelseUnnlatVarsel) continue;
      const newest = unrenewedNewest418(grunnlag);
      if (!newest) continue;
      cutoff ??= oneYearBefore(begjaeringsdato);
      if (newest.dato < cutoff) funn = appended(funn, { sti: newest.varsel.sti });
    }
    return funn ?? NO_FUNN;
  },
});
