import { isValidKid } from '@elan-kit/schemas';
import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import { textOf } from '../view/node.js';

/** A kidnummer that fails both MOD10 and MOD11, wherever it occurs. */
export default defineVilkaar({
  kode: 'UGYLDIG_KID',
  run(view) {
    let funn: Funn[] | undefined;
    for (const kid of view.scan.kidnumre) {
      const value = textOf(kid);
      if (value === undefined || isValidKid(value)) continue;
      funn = appended(funn, { sti: kid.sti, verdier: { kidnummer: value } });
    }
    return funn ?? NO_FUNN;
  },
});
