import type { AttachmentInfo } from '@elan-kit/schemas';
import { type Funn, NO_FUNN, type RuleContext } from '../define-vilkaar.js';
import type { BegjaeringView } from '../view/begjaering-view.js';
import { NONE, normaliseCode, textValue } from '../view/node.js';
import type { VedleggView } from '../view/walk.js';
import { appended } from './lists.js';

export function filnavnOf(vedlegg: VedleggView): string {
  const filnavn = vedlegg.node['filnavn'];
  return typeof filnavn === 'string' ? filnavn : '';
}

export function uuidOf(vedlegg: VedleggView): string | undefined {
  const uuid = vedlegg.node['uuid'];
  return typeof uuid === 'string' ? textValue(uuid) : undefined;
}

/**
 * Findings for attachments in a slot requiring `type` whose VedleggType is another one (ASSUMPTION vedlegg-type),
 * worded by `funnFor`.
 */
export function wrongTypeFunn(
  view: BegjaeringView,
  type: string,
  funnFor: (vedlegg: VedleggView) => Funn,
): readonly Funn[] {
  const expected = normaliseCode(type);
  let funn: Funn[] | undefined;
  for (const vedlegg of view.scan.vedlegg) {
    if (vedlegg.forventetTypeKode !== expected) continue;
    const actual = vedlegg.typeKode;
    if (actual !== undefined && actual !== expected) funn = appended(funn, funnFor(vedlegg));
  }
  return funn ?? NO_FUNN;
}

/** The wording of most wrong-type findings: the attachment's file name. */
export function filnavnFunn(vedlegg: VedleggView): Funn {
  return { sti: vedlegg.sti, verdier: { filnavn: filnavnOf(vedlegg) } };
}

interface RegisteredVedlegg {
  readonly vedlegg: VedleggView;
  readonly uuid: string;
  readonly info: AttachmentInfo | undefined;
}

const NO_REGISTERED: readonly RegisteredVedlegg[] = NONE;

function lookUp(view: BegjaeringView, registry: NonNullable<RuleContext['proving']['attachments']>) {
  let out: RegisteredVedlegg[] | undefined;
  for (const vedlegg of view.scan.vedlegg) {
    const uuid = uuidOf(vedlegg);
    if (uuid !== undefined) out = appended(out, { vedlegg, uuid, info: registry.get(uuid) });
  }
  return out ?? NO_REGISTERED;
}

/**
 * Findings for attachments the registry knows (or not), by a classifier returning the alternative text to use.
 * The registry is asked once per attachment however many vilkår read its answer.
 */
export function byRegistryState(
  view: BegjaeringView,
  context: RuleContext,
  classify: (info: AttachmentInfo | undefined, vedlegg: VedleggView, uuid: string) => Funn | undefined,
): readonly Funn[] {
  const registry = context.proving.attachments;
  if (!registry) return NO_FUNN;
  let funn: Funn[] | undefined;
  for (const { vedlegg, uuid, info } of context.memo('vedlegg:registry', () => lookUp(view, registry))) {
    const found = classify(info, vedlegg, uuid);
    if (found) funn = appended(funn, found);
  }
  return funn ?? NO_FUNN;
}

/**
 * The finding for a registered attachment whose status is one of `variants` (status → the vilkår's alternative
 * text), worded with its file name; `undefined` for any other status or an unknown attachment.
 */
export function byStatusVariant(
  variants: Readonly<Record<string, number>>,
  info: AttachmentInfo | undefined,
  vedlegg: VedleggView,
): Funn | undefined {
  if (!info || !Object.hasOwn(variants, info.status)) return undefined;
  return { sti: vedlegg.sti, variant: variants[info.status] as number, posisjonelle: [filnavnOf(vedlegg)] };
}
