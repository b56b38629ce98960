import { defineVilkaar } from '../define-vilkaar.js';
import { byRegistryState, byStatusVariant, filnavnOf } from '../support/vedlegg.js';

const VARIANT = { SLETTET: 1, KASSERT: 2, VIRUS_FUNNET: 3 } as const;

/** An attachment that is unknown, deleted, discarded or infected. */
export default defineVilkaar({
  kode: 'VEDLEGG_SKAL_VAERE_TILGJENGELIG',
  run: (view, context) =>
    byRegistryState(view, context, (info, vedlegg, uuid) =>
      info
        ? byStatusVariant(VARIANT, info, vedlegg)
        : { sti: vedlegg.sti, variant: 0, posisjonelle: [filnavnOf(vedlegg), uuid] },
    ),
});
