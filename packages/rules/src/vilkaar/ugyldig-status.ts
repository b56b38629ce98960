import { CHANGE_ALLOWED_STATES } from '../assumptions.js';
import { defineVilkaar, NO_FUNN } from '../define-vilkaar.js';

/** A change to a case whose state no longer allows changes (ASSUMPTION change-states). */
export default defineVilkaar({
  kode: 'UGYLDIG_STATUS',
  run(_view, context) {
    const earlier = context.proving.earlier;
    if (!earlier || CHANGE_ALLOWED_STATES.has(earlier.saksstatus)) return NO_FUNN;
    return [{ sti: '', verdier: { eksternSaksreferanse: earlier.eksternSaksreferanse, tilstand: earlier.saksstatus } }];
  },
});
