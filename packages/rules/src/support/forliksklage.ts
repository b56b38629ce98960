import { COMBINED_FORLIKSKLAGE } from '../assumptions.js';
import { type Funn, NO_FUNN } from '../define-vilkaar.js';
import type { BegjaeringView } from '../view/begjaering-view.js';
import { type JsonObject, type Located, normaliseCode } from '../view/node.js';
import { appended } from './lists.js';

/**
 * For a combined utlegg and forliksklage: each skriftligMeddelelse that fails `has`, or — when there is no
 * skriftligMeddelelse at all — the tvangsfullbyrdelsestype (ASSUMPTION forliksklage).
 */
export function forliksklageFunn(view: BegjaeringView, has: (meddelelse: JsonObject) => boolean): readonly Funn[] {
  const type = view.text('tvangsfullbyrdelsestype');
  if (!type || !COMBINED_FORLIKSKLAGE.has(normaliseCode(type.value))) return NO_FUNN;
  let meddelelser = 0;
  let funn: Funn[] | undefined;
  for (const grunnlag of view.tvangsgrunnlag) {
    if (grunnlag.variant?.navn !== 'skriftligMeddelelse') continue;
    meddelelser++;
    const meddelelse: Located<JsonObject> = grunnlag.variant.node;
    if (!has(meddelelse.value)) funn = appended(funn, { sti: meddelelse.sti });
  }
  if (meddelelser === 0) return [{ sti: type.sti }];
  return funn ?? NO_FUNN;
}
