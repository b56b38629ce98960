import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import { lookUpParties } from '../support/register.js';

/** A saksøkt locked to the old regime (Betjeningskartet: tidligereRegelverk) must be sent to ELSA. */
export default defineVilkaar({
  kode: 'SAKSOEKT_GAMMELT_REGELVERK',
  run(view, context) {
    let funn: Funn[] | undefined;
    for (const { info, identifikator } of lookUpParties(view, 'saksoekt', context)) {
      if (info?.regelverk !== 'tidligereRegelverk') continue;
      funn = appended(funn, { sti: identifikator.sti, verdier: { identifikator: identifikator.verdi } });
    }
    return funn ?? NO_FUNN;
  },
});
