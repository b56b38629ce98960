import { defineVilkaar } from '../define-vilkaar.js';
import { invalidForeignAddresses } from '../support/addresses.js';

/** A saksøkt's foreign address lacks poststed or landkode. */
export default defineVilkaar({
  kode: 'SAKSØKTES_UTENLANDS_ADRESSE_UGYLDIG',
  run: (view) => invalidForeignAddresses(view.saksoekte, 'saksøkt'),
});
