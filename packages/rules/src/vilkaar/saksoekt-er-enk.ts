import type { PartyInfo } from '@elan-kit/schemas';
import { defineVilkaar, type Funn } from '../define-vilkaar.js';
import { partyLabel } from '../support/party-labels.js';
import { organisationFunn, type RegisteredParty } from '../support/register.js';

const isEnk = (info: PartyInfo) => info.enk === true;
const funnFor = ({ party, identifikator }: RegisteredParty): Funn => ({
  sti: identifikator.sti,
  verdier: { saksøkt: partyLabel(party) },
});

/** A saksøkt given by the orgnr of a sole proprietorship (ENK) instead of its owner. */
export default defineVilkaar({
  kode: 'SAKSOEKT_ER_ENK',
  run: (view, context) => organisationFunn(view, 'saksoekt', context, 'SAKSOEKT_ER_ENK', isEnk, funnFor),
});
