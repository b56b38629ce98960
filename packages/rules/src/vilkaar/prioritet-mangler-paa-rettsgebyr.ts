import { defineVilkaar } from '../define-vilkaar.js';
import { field, isObject } from '../view/node.js';

/** Priorities are used and the court fee is claimed, but the court fee has no priority (ASSUMPTION prioritet-rettsgebyr). */
export default defineVilkaar({
  kode: 'PRIORITET_MANGLER_PÅ_RETTSGEBYR',
  run(view) {
    if (!view.krav.some((krav) => krav.prioritetISak)) return [];
    const rettsgebyr = view.field('kreverRettsgebyrErstattet');
    if (!rettsgebyr) return [];
    if (rettsgebyr.value === true) return [{ sti: rettsgebyr.sti }];
    if (!isObject(rettsgebyr.value)) return [];
    const object = { value: rettsgebyr.value, sti: rettsgebyr.sti };
    if (field(object, 'kreverRettsgebyrErstattet')?.value === false) return [];
    const prioritet = field(object, 'prioritetISak');
    return prioritet && prioritet.value !== '' ? [] : [{ sti: rettsgebyr.sti }];
  },
});
