import { defineVilkaar, NO_FUNN } from '../define-vilkaar.js';

/** No claims at all. */
export default defineVilkaar({
  kode: 'MANGLER_KRAV',
  run(view) {
    if (view.krav.length > 0) return NO_FUNN;
    const list = view.field('kravTilInnkreving');
    return [{ sti: list ? list.sti : '' }];
  },
});
