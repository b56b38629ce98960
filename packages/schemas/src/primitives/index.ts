export type { PrimitiveAssumption } from './assumptions.js';
export { PRIMITIVE_ASSUMPTIONS } from './assumptions.js';
export { oneYearBefore } from './dates.js';
export { isDigitsOfLength } from './digits.js';
export { ibanFromKontonummer, isValidIban } from './iban.js';
export { innsenderOrgnr } from './innsender.js';
export {
  appendPointer,
  compareDocumentOrder,
  escapePointerToken,
  parsePointer,
  resolvePointer,
} from './json-pointer.js';
export type { KidMethod } from './kid.js';
export { isValidKid, kidControlCharacter } from './kid.js';
export { isValidKontonummer, kontonummerControlDigit, normalizeKontonummer } from './kontonummer.js';
export { hasTenorOrgnrPrefix, isValidOrgnr, orgnrControlDigit } from './orgnr.js';
export { osloDate, osloDateTime, osloOffsetMs, osloYear } from './oslo-time.js';
export type { PersonidentDate, PersonidentKind } from './personident.js';
export {
  D_NUMBER_DAY_OFFSET,
  hasTenorMonth,
  isValidDnummer,
  isValidFnr,
  isValidFoedselsnummer,
  personidentControlDigits,
  personidentKind,
  readPersonidentDate,
  TENOR_MONTH_OFFSET,
} from './personident.js';
