import { defineVilkaar } from '../define-vilkaar.js';

/** A change with another underskrift than the stored begjæring. */
export default defineVilkaar({
  kode: 'ULOVLIG_ENDRING_UNDERSKRIFT',
  run(view, context) {
    if (!context.earlier) return [];
    const now = view.text('underskrift');
    return now?.value === context.earlier.text('underskrift')?.value ? [] : [{ sti: now?.sti ?? '' }];
  },
});
