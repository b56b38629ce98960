import type { AttachmentInfo } from '@elan-kit/schemas';
import { defineVilkaar, type Funn } from '../define-vilkaar.js';
import { byRegistryState, filnavnOf } from '../support/vedlegg.js';
import type { VedleggView } from '../view/walk.js';

const VARIANT = { SLETTET: 1, KASSERT: 2, VIRUS_FUNNET: 3 } as const;

function classify(info: AttachmentInfo | undefined, vedlegg: VedleggView, uuid: string): Funn | undefined {
  if (!info) return { sti: vedlegg.sti, variant: 0, posisjonelle: [filnavnOf(vedlegg), uuid] };
  if (!Object.hasOwn(VARIANT, info.status)) return undefined;
  return {
    sti: vedlegg.sti,
    variant: VARIANT[info.status as keyof typeof VARIANT],
    posisjonelle: [filnavnOf(vedlegg)],
  };
}

/** An attachment that is unknown, deleted, discarded or infected. */
export default defineVilkaar({
  kode: 'VEDLEGG_SKAL_VAERE_TILGJENGELIG',
  run: (view, context) => byRegistryState(view, context, classify),
});
