export type {
  PartyLack,
  PartyRegisterDocument,
  PartySource,
  RegisterAddressData,
  RegisterOrganisationData,
  RegisterPartyData,
  RegisterPersonData,
} from './types.js';
export { PARTY_REGISTER_SCHEMA_VERSION } from './types.js';
export type { PartyRegisterValidation } from './validate.js';
export { partyRegisterSchema, validatePartyRegister } from './validate.js';
