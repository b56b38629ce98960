import { COMBINED_FORLIKSKLAGE } from '../assumptions.js';
import type { Funn } from '../define-vilkaar.js';
import type { BegjaeringView } from '../view/begjaering-view.js';
import { type JsonObject, type Located, normaliseCode } from '../view/node.js';

/**
 * For a combined utlegg and forliksklage: each skriftligMeddelelse that fails `has`, or — when there is no
 * skriftligMeddelelse at all — the tvangsfullbyrdelsestype (ASSUMPTION forliksklage).
 */
export function forliksklageFunn(view: BegjaeringView, has: (meddelelse: Located<JsonObject>) => boolean): Funn[] {
  const type = view.text('tvangsfullbyrdelsestype');
  if (!type || !COMBINED_FORLIKSKLAGE.has(normaliseCode(type.value))) return [];
  const meddelelser = view.tvangsgrunnlag.flatMap((grunnlag) =>
    grunnlag.variant?.navn === 'skriftligMeddelelse' ? [grunnlag.variant.node] : [],
  );
  if (meddelelser.length === 0) return [{ sti: type.sti }];
  return meddelelser.filter((meddelelse) => !has(meddelelse)).map((meddelelse) => ({ sti: meddelelse.sti }));
}
