import { defineVilkaar, NO_FUNN } from '../define-vilkaar.js';

/** A change while an earlier submission on the case is still unprocessed. */
export default defineVilkaar({
  kode: 'UAVKLART_STATUS',
  run(_view, context) {
    const earlier = context.proving.earlier;
    if (!earlier?.hasUnprocessedSubmission) return NO_FUNN;
    return [{ sti: '', verdier: { eksternSaksreferanse: earlier.eksternSaksreferanse } }];
  },
});
