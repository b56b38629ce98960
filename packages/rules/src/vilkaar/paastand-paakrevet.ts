import { defineVilkaar } from '../define-vilkaar.js';
import { forliksklageFunn } from '../support/forliksklage.js';
import { textField } from '../view/node.js';

/** Combined utlegg and forliksklage without a påstand. */
export default defineVilkaar({
  kode: 'PAASTAND_PAAKREVET',
  run: (view) => forliksklageFunn(view, (meddelelse) => textField(meddelelse, 'paastand') !== undefined),
});
