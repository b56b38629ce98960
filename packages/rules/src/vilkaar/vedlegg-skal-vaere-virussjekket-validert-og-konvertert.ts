import { defineVilkaar } from '../define-vilkaar.js';
import { byRegistryState, byStatusVariant } from '../support/vedlegg.js';

/** Published alternatives: 0 not virus-checked, 1 not converted, 2 not validated. */
const VARIANT = { MOTTATT: 0, VALIDERT: 1, VIRUSSJEKKET: 2 } as const;

/** An attachment still in processing (virus scan → validation → PDF conversion). */
export default defineVilkaar({
  kode: 'VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT',
  run: (view, context) => byRegistryState(view, context, (info, vedlegg) => byStatusVariant(VARIANT, info, vedlegg)),
});
