import { defineVilkaar } from '../define-vilkaar.js';
import { identifiesSaksoekt } from '../support/minimum-identification.js';
import { partyLabel } from '../support/party-labels.js';

/** A saksøkt without the minimum identification of §5.2. */
export default defineVilkaar({
  kode: 'MANGLER_OPPLYSNINGER_OM_SAKSOEKT',
  run: (view) =>
    view.saksoekte
      .filter((party) => !identifiesSaksoekt(party.actor))
      .map((party) => ({ sti: party.actor?.sti ?? party.sti, verdier: { saksøkt: partyLabel(party) } })),
});
