import type { PartyInfo } from '@elan-kit/schemas';
import { defineVilkaar, type Funn } from '../define-vilkaar.js';
import { partyLabel } from '../support/party-labels.js';
import { organisationFunn, type RegisteredParty } from '../support/register.js';

const isSubUnit = (info: PartyInfo) => info.hovedenhet === false;
const funnFor = ({ party, identifikator }: RegisteredParty): Funn => ({
  sti: identifikator.sti,
  verdier: { saksøker: partyLabel(party) },
});

/** A saksøker organisation the register knows as a sub-unit (underenhet). */
export default defineVilkaar({
  kode: 'ER_IKKE_HOVEDENHET',
  run: (view, context) => organisationFunn(view, 'saksoeker', context, 'ER_IKKE_HOVEDENHET', isSubUnit, funnFor),
});
