import { defineVilkaar } from '../define-vilkaar.js';

/** relatertKrav names a claim reference that no claim has. */
export default defineVilkaar({
  kode: 'RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER',
  run: (view) =>
    view.krav.flatMap((krav) =>
      krav.relaterteKrav
        .filter((relatert) => !view.kravByReferanse.has(relatert.value))
        .map((relatert) => ({
          sti: relatert.sti,
          verdier: {
            hovedkravRef: krav.referanse?.value ?? '',
            relatertKravRef: relatert.value,
            kravreferanse: krav.referanse?.value ?? '',
          },
        })),
    ),
});
