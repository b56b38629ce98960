import { VARSEL_418_TYPES, VARSEL_419_TYPES } from '../assumptions.js';
import { defineVilkaar, type Funn } from '../define-vilkaar.js';
import { addOneYear } from '../support/dates.js';
import { dateOf, normaliseCode } from '../view/node.js';

/** The newest § 4-18 varsel is more than a year older than begjæringsdato and no § 4-19 varsel or reason is given. */
export default defineVilkaar({
  kode: 'PARAGRAF_4_19_VARSEL_PAAKREVET',
  run(view) {
    const begjaeringsdato = dateOf(view.field('begjaeringsdato'));
    if (!begjaeringsdato) return [];
    const funn: Funn[] = [];
    for (const grunnlag of view.tvangsgrunnlag) {
      const ofType = (types: ReadonlySet<string>) =>
        grunnlag.varsler.filter((varsel) => varsel.type && types.has(normaliseCode(varsel.type.value)));
      const dated = ofType(VARSEL_418_TYPES)
        .map((varsel) => ({ varsel, dato: dateOf(varsel.dato) }))
        .filter((entry): entry is { varsel: (typeof entry)['varsel']; dato: string } => entry.dato !== undefined);
      if (dated.length === 0) continue;
      const newest = dated.reduce((a, b) => (b.dato > a.dato ? b : a));
      if (addOneYear(newest.dato) >= begjaeringsdato) continue;
      if (ofType(VARSEL_419_TYPES).length > 0 || grunnlag.begrunnelseUnnlatVarsel) continue;
      funn.push({ sti: newest.varsel.sti });
    }
    return funn;
  },
});
