import { defineVilkaar } from '../define-vilkaar.js';
import { lookUpParties } from '../support/register.js';

/** A saksøkt whose identifier the party register does not know (only when the register is complete). */
export default defineVilkaar({
  kode: 'SAKSOEKT_MANGLER_I_REGISTERET',
  run(view, context) {
    const unknown = lookUpParties(view, 'saksoekt', context).filter(({ info }) => info === undefined);
    if (!context.partyRegisterComplete) {
      for (const { identifikator } of unknown) context.noteUnknownParty('SAKSOEKT_MANGLER_I_REGISTERET', identifikator);
      return [];
    }
    return unknown.map(({ identifikator }) => ({
      sti: identifikator.sti,
      verdier: { identifikator: identifikator.verdi },
    }));
  },
});
