import { defineVilkaar, NO_FUNN } from '../define-vilkaar.js';
import { partyLabel } from '../support/party-labels.js';

/** The innsender has no identifier that identifies it (missing, or wrong check digits). */
export default defineVilkaar({
  kode: 'INNSENDER_IKKE_IDENTIFISERBAR',
  run(view) {
    const innsender = view.innsender;
    const actor = innsender?.actor;
    if (!innsender || !actor || actor.kind === 'ukjent') return NO_FUNN;
    const identifikator = actor.identifikator;
    if (identifikator && identifikator.kind !== 'ugyldig') return NO_FUNN;
    return [{ sti: identifikator?.sti ?? actor.sti, verdier: { innsender: partyLabel(innsender) } }];
  },
});
