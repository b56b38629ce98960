import { defineVilkaar } from '../define-vilkaar.js';
import { byRegistryState, byStatusVariant } from '../support/vedlegg.js';

const VARIANT = { VALIDERING_FEILET: 0, KONVERTERING_FEILET: 1, IKKE_KONVERTERBAR: 2 } as const;

/** An attachment whose validation or PDF conversion failed. */
export default defineVilkaar({
  kode: 'VEDLEGG_SKAL_IKKE_HA_FEILET',
  run: (view, context) => byRegistryState(view, context, (info, vedlegg) => byStatusVariant(VARIANT, info, vedlegg)),
});
