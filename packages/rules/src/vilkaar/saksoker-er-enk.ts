import type { PartyInfo } from '@elan-kit/schemas';
import { defineVilkaar, type Funn } from '../define-vilkaar.js';
import { partyLabel } from '../support/party-labels.js';
import { organisationFunn, type RegisteredParty } from '../support/register.js';

const isEnk = (info: PartyInfo) => info.enk === true;
const funnFor = ({ party, identifikator }: RegisteredParty): Funn => ({
  sti: identifikator.sti,
  verdier: { saksøker: partyLabel(party) },
});

/** A saksøker given by the orgnr of a sole proprietorship (ENK) instead of its owner. */
export default defineVilkaar({
  kode: 'SAKSOKER_ER_ENK',
  run: (view, context) => organisationFunn(view, 'saksoeker', context, 'SAKSOKER_ER_ENK', isEnk, funnFor),
});
