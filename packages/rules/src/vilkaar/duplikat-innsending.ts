import { duplicateKey } from '@elan-kit/schemas';
import { defineVilkaar } from '../define-vilkaar.js';
import { dateOf } from '../view/node.js';

/** Same begjæringsdato and innsenderReferanse already submitted by the same organisation (new submissions only). */
export default defineVilkaar({
  kode: 'DUPLIKAT_INNSENDING',
  appliesTo: (context) => context.mode === 'ny',
  run(view, context) {
    const referanse = view.text('innsenderReferanse');
    const datoField = view.field('begjaeringsdato');
    const dato = dateOf(datoField);
    const identifikator = view.innsender?.actor?.identifikator;
    const orgnr = identifikator?.kind === 'orgnr' ? identifikator.verdi : context.proving.authenticatedOrgnr;
    if (!referanse || !dato || !orgnr) return [];
    if (!context.proving.earlierSubmissions?.has(duplicateKey(orgnr, dato, referanse.value))) return [];
    return [{ sti: referanse.sti, verdier: { begjæringsdato: dato, innsenderReferanse: referanse.value } }];
  },
});
