import { defineVilkaar, NO_FUNN } from '../define-vilkaar.js';

/** A change with another underskrift than the stored begjæring. */
export default defineVilkaar({
  kode: 'ULOVLIG_ENDRING_UNDERSKRIFT',
  run(view, context) {
    if (!context.earlier) return NO_FUNN;
    const now = view.text('underskrift');
    return now?.value === context.earlier.text('underskrift')?.value ? NO_FUNN : [{ sti: now?.sti ?? '' }];
  },
});
