import type { BegjaeringView } from '../view/begjaering-view.js';

/** Some claim has prioritetISak: the document uses priorities, and every claim and fee must then have one. */
export function usesPrioritet(view: BegjaeringView): boolean {
  for (const krav of view.krav) if (krav.harPrioritet) return true;
  return false;
}
