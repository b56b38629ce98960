import { defineVilkaar } from '../define-vilkaar.js';
import { lookUpParties } from '../support/register.js';

/** A saksøkt locked to the old regime (Betjeningskartet: tidligereRegelverk) must be sent to ELSA. */
export default defineVilkaar({
  kode: 'SAKSOEKT_GAMMELT_REGELVERK',
  run: (view, context) =>
    lookUpParties(view, 'saksoekt', context)
      .filter(({ info }) => info?.regelverk === 'tidligereRegelverk')
      .map(({ identifikator }) => ({ sti: identifikator.sti, verdier: { identifikator: identifikator.verdi } })),
});
