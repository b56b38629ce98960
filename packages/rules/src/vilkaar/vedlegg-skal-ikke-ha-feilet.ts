import type { AttachmentInfo } from '@elan-kit/schemas';
import { defineVilkaar, type Funn } from '../define-vilkaar.js';
import { byRegistryState, filnavnOf } from '../support/vedlegg.js';
import type { VedleggView } from '../view/walk.js';

const VARIANT = { VALIDERING_FEILET: 0, KONVERTERING_FEILET: 1, IKKE_KONVERTERBAR: 2 } as const;

function classify(info: AttachmentInfo | undefined, vedlegg: VedleggView): Funn | undefined {
  if (!info || !Object.hasOwn(VARIANT, info.status)) return undefined;
  return {
    sti: vedlegg.sti,
    variant: VARIANT[info.status as keyof typeof VARIANT],
    posisjonelle: [filnavnOf(vedlegg)],
  };
}

/** An attachment whose validation or PDF conversion failed. */
export default defineVilkaar({
  kode: 'VEDLEGG_SKAL_IKKE_HA_FEILET',
  run: (view, context) => byRegistryState(view, context, classify),
});
