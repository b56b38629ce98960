import { defineVilkaar, NO_FUNN } from '../define-vilkaar.js';
import { dateOf } from '../view/node.js';

/** A change with another begjæringsdato than the stored begjæring. */
export default defineVilkaar({
  kode: 'ULOVLIG_ENDRING_BEGJAERINGSDATO',
  run(view, context) {
    if (!context.earlier) return NO_FUNN;
    const now = view.field('begjaeringsdato');
    const before = context.earlier.field('begjaeringsdato');
    const same = (dateOf(now) ?? now?.value) === (dateOf(before) ?? before?.value);
    return same ? NO_FUNN : [{ sti: now?.sti ?? '' }];
  },
});
