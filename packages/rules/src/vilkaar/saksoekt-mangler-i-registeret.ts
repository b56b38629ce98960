import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import { lookUpParties } from '../support/register.js';

/** A saksøkt whose identifier the party register does not know (only when the register is complete). */
export default defineVilkaar({
  kode: 'SAKSOEKT_MANGLER_I_REGISTERET',
  run(view, context) {
    let funn: Funn[] | undefined;
    for (const { info, identifikator } of lookUpParties(view, 'saksoekt', context)) {
      if (info !== undefined) continue;
      if (context.partyRegisterComplete) {
        funn = appended(funn, { sti: identifikator.sti, verdier: { identifikator: identifikator.verdi } });
      } else context.noteUnknownParty('SAKSOEKT_MANGLER_I_REGISTERET', identifikator);
    }
    return funn ?? NO_FUNN;
  },
});
