import { VARSEL_418_TYPES, VARSEL_419_TYPES } from '../assumptions.js';
import { defineVilkaar, type Funn } from '../define-vilkaar.js';
import { oneYearBefore } from '../support/dates.js';
import { dateOf, normaliseCode } from '../view/node.js';
import type { VarselView } from '../view/tvangsgrunnlag.js';

function isOfType(varsel: VarselView, types: ReadonlySet<string>): boolean {
  return varsel.type !== undefined && types.has(normaliseCode(varsel.type.value));
}

/** The newest § 4-18 varsel is more than a year older than begjæringsdato and no § 4-19 varsel or reason is given. */
export default defineVilkaar({
  kode: 'PARAGRAF_4_19_VARSEL_PAAKREVET',
  run(view) {
    const begjaeringsdato = dateOf(view.field('begjaeringsdato'));
    if (!begjaeringsdato) return [];
    const cutoff = oneYearBefore(begjaeringsdato);
    const funn: Funn[] = [];
    for (const grunnlag of view.tvangsgrunnlag) {
      if (grunnlag.varsler.length === 0 || grunnlag.begrunnelseUnnlatVarsel) continue;
      let newest: { varsel: VarselView; dato: string } | undefined;
      let renewed = false;
      for (const varsel of grunnlag.varsler) {
        if (isOfType(varsel, VARSEL_419_TYPES)) renewed = true;
        if (!isOfType(varsel, VARSEL_418_TYPES)) continue;
        const dato = dateOf(varsel.dato);
        if (dato !== undefined && (newest === undefined || dato > newest.dato)) newest = { varsel, dato };
      }
      if (newest && !renewed && newest.dato < cutoff) funn.push({ sti: newest.varsel.sti });
    }
    return funn;
  },
});
