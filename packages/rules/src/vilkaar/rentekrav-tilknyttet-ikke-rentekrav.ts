import { defineVilkaar } from '../define-vilkaar.js';

/** Model 2.0: the `rentekrav` details sit on a claim whose kravdetaljer is not Rentekrav. */
export default defineVilkaar({
  kode: 'RENTEKRAV_TILKNYTTET_IKKE_RENTEKRAV',
  run: (view) =>
    view.krav
      .filter((krav) => krav.rentekrav && krav.kravdetaljer && krav.type !== 'rentekrav')
      .map((krav) => ({
        sti: krav.rentekrav?.sti ?? krav.sti,
        verdier: { kravreferanse: krav.referanse?.value ?? '', kravdetaljer: krav.kravdetaljer?.value ?? '' },
      })),
});
