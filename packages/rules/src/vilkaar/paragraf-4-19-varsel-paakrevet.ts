import { oneYearBefore } from '@elan-kit/schemas';
import { VARSEL_418_TYPES, VARSEL_419_TYPES } from '../assumptions.js';
import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import { dateValue } from '../view/node.js';
import type { TvangsgrunnlagView, VarselView } from '../view/tvangsgrunnlag.js';

function isOfType(varsel: VarselView, types: ReadonlySet<string>): boolean {
  return varsel.typeKode !== undefined && types.has(varsel.typeKode);
}

interface Enforceable {
  /** The day the claim became enforceable, as far as the document says. */
  readonly since: string;
  /** Where a finding points. */
  readonly sti: string;
}

/**
 * Since when the claim is enforceable (varsel-419): an alminnelig tvangsgrunnlag from its latest oppfyllelsesfrist;
 * a særlig one from its newest § 4-18 varsel (a varsel without a type, as model 2.1 allows, counts as one).
 * `undefined` when the document does not say.
 */
function enforceableSince(grunnlag: TvangsgrunnlagView): Enforceable | undefined {
  if (grunnlag.art === 'alminnelig') {
    let latest: string | undefined;
    for (const frist of grunnlag.oppfyllelsesfrister) {
      const dato = dateValue(frist);
      if (dato !== undefined && (latest === undefined || dato > latest)) latest = dato;
    }
    return latest === undefined ? undefined : { since: latest, sti: grunnlag.sti };
  }
  let newest: Enforceable | undefined;
  for (const varsel of grunnlag.varsler) {
    if (varsel.typeKode !== undefined && !VARSEL_418_TYPES.has(varsel.typeKode)) continue;
    const dato = dateValue(varsel.dato);
    if (dato !== undefined && (newest === undefined || dato > newest.since)) newest = { since: dato, sti: varsel.sti };
  }
  return newest;
}

/** A § 4-19 varsel: of that type, or without a type (model 2.1) on an alminnelig tvangsgrunnlag. */
function isVarsel419(varsel: VarselView, grunnlag: TvangsgrunnlagView): boolean {
  if (isOfType(varsel, VARSEL_419_TYPES)) return true;
  return varsel.typeKode === undefined && grunnlag.art === 'alminnelig';
}

/**
 * More than a year has passed since the claim became enforceable (tvangsfullbyrdelsesloven § 4-19), and neither a
 * § 4-19 varsel nor a reason for its absence is given.
 */
export default defineVilkaar({
  kode: 'PARAGRAF_4_19_VARSEL_PAAKREVET',
  run(view) {
    const begjaeringsdato = view.begjaeringsdato;
    if (!begjaeringsdato) return NO_FUNN;
    const cutoff = oneYearBefore(begjaeringsdato);
    let funn: Funn[] | undefined;
    for (const grunnlag of view.tvangsgrunnlag) {
      if (grunnlag.begrunnelseUnnlatVarsel) continue;
      const enforceable = enforceableSince(grunnlag);
      if (!enforceable || enforceable.since >= cutoff) continue;
      if (grunnlag.varsler.some((varsel) => isVarsel419(varsel, grunnlag))) continue;
      funn = appended(funn, { sti: enforceable.sti });
    }
    return funn ?? NO_FUNN;
  },
});
