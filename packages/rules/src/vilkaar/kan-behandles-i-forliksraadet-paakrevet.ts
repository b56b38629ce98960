import { defineVilkaar } from '../define-vilkaar.js';
import { forliksklageFunn } from '../support/forliksklage.js';
import { field } from '../view/node.js';

/** Combined utlegg and forliksklage without an answer whether the case may go to the conciliation board. */
export default defineVilkaar({
  kode: 'KAN_BEHANDLES_I_FORLIKSRAADET_PAAKREVET',
  run: (view) =>
    forliksklageFunn(view, (meddelelse) => typeof field(meddelelse, 'kanBehandlesIForliksraadet')?.value === 'boolean'),
});
