import { defineVilkaar, NO_FUNN } from '../define-vilkaar.js';
import { partyLabel } from '../support/party-labels.js';

/** The innsender is a person (given as `person`, or identified by a personal number). */
export default defineVilkaar({
  kode: 'INNSENDER_IKKE_ORGANISASJON',
  run(view) {
    const innsender = view.innsender;
    const actor = innsender?.actor;
    if (!innsender || !actor) return NO_FUNN;
    const isPerson = actor.kind === 'person' || actor.identifikator?.kind === 'foedselsnummer';
    return isPerson ? [{ sti: actor.sti, verdier: { innsender: partyLabel(innsender) } }] : NO_FUNN;
  },
});
