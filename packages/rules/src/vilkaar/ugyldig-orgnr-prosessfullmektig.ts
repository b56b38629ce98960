import { defineVilkaar, type Funn, NO_FUNN } from '../define-vilkaar.js';
import { appended } from '../support/lists.js';
import { prosessfullmektigLabel } from '../support/party-labels.js';

/**
 * A prosessfullmektig given as an organisation has an orgnr with wrong length or check digits. Where the model
 * version has no MANGLER_OPPLYSNINGER_PROSESSFULLMEKTIG (1.0 on), a missing orgnr is reported here too.
 */
export default defineVilkaar({
  kode: 'UGYLDIG_ORGNR_PROSESSFULLMEKTIG',
  run(view, context) {
    const missingIsSeparate = context.modelVersion === '0.9';
    let funn: Funn[] | undefined;
    for (const p of view.prosessfullmektige) {
      const actor = p.actor;
      if (actor?.kind !== 'virksomhet') continue;
      const identifikator = actor.identifikator;
      if (identifikator ? identifikator.kind === 'orgnr' || identifikator.kind === 'utenlandsk' : missingIsSeparate) {
        continue;
      }
      funn = appended(funn, {
        sti: identifikator?.sti ?? actor.sti,
        verdier: { prosessfullmektig: prosessfullmektigLabel(p) },
      });
    }
    return funn ?? NO_FUNN;
  },
});
