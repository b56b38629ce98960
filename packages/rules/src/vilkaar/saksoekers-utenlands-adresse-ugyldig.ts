import { defineVilkaar } from '../define-vilkaar.js';
import { invalidForeignAddresses } from '../support/addresses.js';

/** A saksøker's foreign address lacks poststed or landkode. */
export default defineVilkaar({
  kode: 'SAKSOEKERS_UTENLANDS_ADRESSE_UGYLDIG',
  run: (view) => invalidForeignAddresses(view.saksoekere, 'saksøker'),
});
