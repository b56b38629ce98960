import { defineVilkaar } from '../define-vilkaar.js';

/** An interest claim related to another interest claim. */
export default defineVilkaar({
  kode: 'RENTEKRAV_KAN_IKKE_HA_RENTEKRAV',
  run: (view) =>
    view.krav
      .filter((krav) => krav.type === 'rentekrav')
      .flatMap((krav) =>
        krav.relaterteKrav.filter(
          (relatert) =>
            relatert.value !== krav.referanse?.value &&
            (view.kravByReferanse.get(relatert.value) ?? []).some((target) => target.type === 'rentekrav'),
        ),
      )
      .map((relatert) => ({ sti: relatert.sti })),
});
