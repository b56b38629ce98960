import type { AttachmentInfo } from '@elan-kit/schemas';
import { defineVilkaar, type Funn } from '../define-vilkaar.js';
import { byRegistryState, filnavnOf } from '../support/vedlegg.js';
import type { VedleggView } from '../view/walk.js';

/** Published alternatives: 0 not virus-checked, 1 not converted, 2 not validated. */
const VARIANT = { MOTTATT: 0, VALIDERT: 1, VIRUSSJEKKET: 2 } as const;

function classify(info: AttachmentInfo | undefined, vedlegg: VedleggView): Funn | undefined {
  if (!info || !Object.hasOwn(VARIANT, info.status)) return undefined;
  return {
    sti: vedlegg.sti,
    variant: VARIANT[info.status as keyof typeof VARIANT],
    posisjonelle: [filnavnOf(vedlegg)],
  };
}

/** An attachment still in processing (virus scan → validation → PDF conversion). */
export default defineVilkaar({
  kode: 'VEDLEGG_SKAL_VAERE_VIRUSSJEKKET_VALIDERT_OG_KONVERTERT',
  run: (view, context) => byRegistryState(view, context, classify),
});
