import { defineVilkaar, NO_FUNN } from '../define-vilkaar.js';
import { withoutSpaces } from '../view/node.js';

/** The innsender's orgnr differs from the organisation the client authenticated as. */
export default defineVilkaar({
  kode: 'INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING',
  run(view, context) {
    const identifikator = view.innsender?.actor?.identifikator;
    const paalogget = withoutSpaces(context.proving.authenticatedOrgnr ?? '');
    if (identifikator?.kind !== 'orgnr' || !paalogget) return NO_FUNN;
    const innsenderOrgnr = identifikator.key;
    if (innsenderOrgnr === paalogget) return NO_FUNN;
    return [{ sti: identifikator.sti, verdier: { innsenderOrgnr, påloggetOrgnr: paalogget } }];
  },
});
