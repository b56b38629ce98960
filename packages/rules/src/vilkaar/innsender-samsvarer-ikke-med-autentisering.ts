import { defineVilkaar } from '../define-vilkaar.js';

/** The innsender's orgnr differs from the organisation the client authenticated as. */
export default defineVilkaar({
  kode: 'INNSENDER_SAMSVARER_IKKE_MED_AUTENTISERING',
  run(view, context) {
    const identifikator = view.innsender?.actor?.identifikator;
    const paalogget = context.proving.authenticatedOrgnr?.replace(/\s/g, '');
    if (identifikator?.kind !== 'orgnr' || !paalogget) return [];
    const innsenderOrgnr = identifikator.key;
    if (innsenderOrgnr === paalogget) return [];
    return [{ sti: identifikator.sti, verdier: { innsenderOrgnr, påloggetOrgnr: paalogget } }];
  },
});
