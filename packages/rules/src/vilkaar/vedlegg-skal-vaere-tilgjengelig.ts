import { defineVilkaar } from '../define-vilkaar.js';
import { byRegistryState, filnavnOf } from '../support/vedlegg.js';

const VARIANT = { SLETTET: 1, KASSERT: 2, VIRUS_FUNNET: 3 } as const;

/** An attachment that is unknown, deleted, discarded or infected. */
export default defineVilkaar({
  kode: 'VEDLEGG_SKAL_VAERE_TILGJENGELIG',
  run: (view, context) =>
    byRegistryState(view, context, (info, vedlegg, uuid) => {
      if (!info) return { sti: vedlegg.sti, variant: 0, posisjonelle: [filnavnOf(vedlegg), uuid] };
      if (!Object.hasOwn(VARIANT, info.status)) return undefined;
      return {
        sti: vedlegg.sti,
        variant: VARIANT[info.status as keyof typeof VARIANT],
        posisjonelle: [filnavnOf(vedlegg)],
      };
    }),
});
