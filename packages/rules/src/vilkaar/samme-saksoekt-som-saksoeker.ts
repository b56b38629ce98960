import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import { identityTest } from '../support/party-identity.js';
import { identityKey } from '../view/parties.js';

/** A saksøkt who is also a saksøker. */
export default defineVilkaar({
  kode: 'SAMME_SAKSOEKT_SOM_SAKSOEKER',
  run(view) {
    if (view.saksoekere.length === 0 || view.saksoekte.length === 0) return NO_FUNN;
    const isSaksoeker = identityTest(view.saksoekere);
    let funn: Funn[] | undefined;
    for (const party of view.saksoekte) {
      const key = identityKey(party.actor);
      if (key !== undefined && isSaksoeker(key)) funn = appended(funn, { sti: party.sti });
    }
    return funn ?? NO_FUNN;
  },
});
