import { defineVilkaar } from '../define-vilkaar.js';
import { forliksklageFunn } from '../support/forliksklage.js';
import type { JsonObject } from '../view/node.js';

const answersForliksraadet = (meddelelse: JsonObject) => typeof meddelelse['kanBehandlesIForliksraadet'] === 'boolean';

/** Combined utlegg and forliksklage without an answer whether the case may go to the conciliation board. */
export default defineVilkaar({
  kode: 'KAN_BEHANDLES_I_FORLIKSRAADET_PAAKREVET',
  run: (view) => forliksklageFunn(view, answersForliksraadet),
});
