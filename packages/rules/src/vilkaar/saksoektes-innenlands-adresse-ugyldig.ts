import { defineVilkaar } from '../define-vilkaar.js';
import { invalidDomesticAddresses } from '../support/addresses.js';

/** A saksøkt's domestic address lacks adressetekst or postnummer. */
export default defineVilkaar({
  kode: 'SAKSØKTES_INNENLANDS_ADRESSE_UGYLDIG',
  run: (view) => invalidDomesticAddresses(view.saksoekte, 'saksøkt'),
});
