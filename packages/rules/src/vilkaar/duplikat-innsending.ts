import { duplicateKey } from '@elan-kit/schemas';
import { defineVilkaar, NO_FUNN } from '../define-vilkaar.js';

/** Same begjæringsdato and innsenderReferanse already submitted by the same organisation (new submissions only). */
export default defineVilkaar({
  kode: 'DUPLIKAT_INNSENDING',
  appliesTo: (context) => context.mode === 'ny',
  run(view, context) {
    const referanse = view.text('innsenderReferanse');
    const dato = view.begjaeringsdato;
    const identifikator = view.innsender?.actor?.identifikator;
    const orgnr = identifikator?.kind === 'orgnr' ? identifikator.verdi : context.proving.authenticatedOrgnr;
    if (!referanse || !dato || !orgnr) return NO_FUNN;
    if (!context.proving.earlierSubmissions?.has(duplicateKey(orgnr, dato, referanse.value))) return NO_FUNN;
    return [{ sti: referanse.sti, verdier: { begjæringsdato: dato, innsenderReferanse: referanse.value } }];
  },
});
