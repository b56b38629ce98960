import { isValidKid } from '../checksums.js';
import { defineVilkaar } from '../define-vilkaar.js';
import { textOf } from '../view/node.js';

/** A kidnummer that fails both MOD10 and MOD11, wherever it occurs. */
export default defineVilkaar({
  kode: 'UGYLDIG_KID',
  run: (view) =>
    view.scan.kidnumre.flatMap((kid) => {
      const value = textOf(kid);
      if (value === undefined || isValidKid(value)) return [];
      return [{ sti: kid.sti, verdier: { kidnummer: value } }];
    }),
});
