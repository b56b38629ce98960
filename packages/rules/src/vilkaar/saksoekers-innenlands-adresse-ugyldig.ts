import { defineVilkaar } from '../define-vilkaar.js';
import { invalidDomesticAddresses } from '../support/addresses.js';

/** A saksøker's domestic address lacks adressetekst or postnummer. */
export default defineVilkaar({
  kode: 'SAKSOEKERS_INNENLANDS_ADRESSE_UGYLDIG',
  run: (view) => invalidDomesticAddresses(view.saksoekere, 'saksøker'),
});
