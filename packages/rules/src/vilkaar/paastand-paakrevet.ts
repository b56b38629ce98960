import { defineVilkaar } from '../define-vilkaar.js';
import { forliksklageFunn } from '../support/forliksklage.js';
import { type JsonObject, textValue } from '../view/node.js';

const hasPaastand = (meddelelse: JsonObject) => textValue(meddelelse['paastand']) !== undefined;

/** Combined utlegg and forliksklage without a påstand. */
export default defineVilkaar({
  kode: 'PAASTAND_PAAKREVET',
  run: (view) => forliksklageFunn(view, hasPaastand),
});
