import type { AttachmentInfo } from '@elan-kit/schemas';
import type { Funn, RuleContext } from '../define-vilkaar.js';
import type { BegjaeringView } from '../view/begjaering-view.js';
import { normaliseCode } from '../view/node.js';
import type { VedleggView } from '../view/walk.js';

export function filnavnOf(vedlegg: VedleggView): string {
  const filnavn = vedlegg.node['filnavn'];
  return typeof filnavn === 'string' ? filnavn : '';
}

export function uuidOf(vedlegg: VedleggView): string | undefined {
  const uuid = vedlegg.node['uuid'];
  return typeof uuid === 'string' && uuid.trim() !== '' ? uuid.trim() : undefined;
}

/** Attachments in a slot requiring `type` whose VedleggType is another one (ASSUMPTION vedlegg-type). */
export function wrongTypeIn(view: BegjaeringView, type: string): VedleggView[] {
  const expected = normaliseCode(type);
  return view.scan.vedlegg.filter((vedlegg) => {
    if (vedlegg.forventetType === undefined || normaliseCode(vedlegg.forventetType) !== expected) return false;
    const actual = vedlegg.node['type'];
    return typeof actual === 'string' && actual.trim() !== '' && normaliseCode(actual) !== expected;
  });
}

/** Findings for attachments the registry knows (or not), by a classifier returning the alternative text to use. */
export function byRegistryState(
  view: BegjaeringView,
  context: RuleContext,
  classify: (info: AttachmentInfo | undefined, vedlegg: VedleggView, uuid: string) => Funn | undefined,
): Funn[] {
  const registry = context.proving.attachments;
  if (!registry) return [];
  const funn: Funn[] = [];
  for (const vedlegg of view.scan.vedlegg) {
    const uuid = uuidOf(vedlegg);
    if (uuid === undefined) continue;
    const found = classify(registry.get(uuid), vedlegg, uuid);
    if (found) funn.push(found);
  }
  return funn;
}
