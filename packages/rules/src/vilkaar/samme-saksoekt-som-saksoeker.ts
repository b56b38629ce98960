import { defineVilkaar } from '../define-vilkaar.js';
import { identityKey } from '../view/parties.js';

/** A saksøkt who is also a saksøker. */
export default defineVilkaar({
  kode: 'SAMME_SAKSOEKT_SOM_SAKSOEKER',
  run(view) {
    const saksoekere = new Set(view.saksoekere.map((party) => identityKey(party.actor)).filter(Boolean));
    return view.saksoekte
      .filter((party) => {
        const key = identityKey(party.actor);
        return key !== undefined && saksoekere.has(key);
      })
      .map((party) => ({ sti: party.sti }));
  },
});
