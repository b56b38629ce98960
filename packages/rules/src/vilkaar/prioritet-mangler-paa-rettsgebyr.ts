import { defineVilkaar, NO_FUNN } from '../define-vilkaar.js';
import { usesPrioritet } from '../support/prioritet.js';
import { isObject, isPresent } from '../view/node.js';

/** Priorities are used and the court fee is claimed, but the court fee has no priority (ASSUMPTION prioritet-rettsgebyr). */
export default defineVilkaar({
  kode: 'PRIORITET_MANGLER_PÅ_RETTSGEBYR',
  run(view) {
    if (!usesPrioritet(view)) return NO_FUNN;
    const rettsgebyr = view.field('kreverRettsgebyrErstattet');
    if (!rettsgebyr) return NO_FUNN;
    if (rettsgebyr.value === true) return [{ sti: rettsgebyr.sti }];
    if (!isObject(rettsgebyr.value)) return NO_FUNN;
    if (rettsgebyr.value['kreverRettsgebyrErstattet'] === false) return NO_FUNN;
    const prioritet = rettsgebyr.value['prioritetISak'];
    return isPresent(prioritet) && prioritet !== '' ? NO_FUNN : [{ sti: rettsgebyr.sti }];
  },
});
