/**
 * What the domain primitives assume where no published rule is certain. Texts cite these by id; the
 * primitives test keeps each one true.
 */
export interface PrimitiveAssumption {
  readonly id: string;
  readonly statement: string;
}

/**
 * Norway's time: UTC+1, and UTC+2 from the last Sunday of March to the last Sunday of October, changing at
 * 01:00 UTC (the EU summer-time rule Norway follows). Should Norway stop changing its clocks, correct it here.
 */
export const OSLO_STANDARD_OFFSET_HOURS = 1;
export const OSLO_SUMMER_OFFSET_HOURS = 2;
export const OSLO_SUMMER_TIME_CHANGE_UTC_HOUR = 1;

export const PRIMITIVE_ASSUMPTIONS: readonly PrimitiveAssumption[] = [
  {
    id: 'A-PRIM-OSLO-TID',
    statement:
      '"Today" is the civil date in Norway (Europe/Oslo): UTC+1, UTC+2 from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC.',
  },
  {
    id: 'A-PRIM-PERSONIDENT',
    statement:
      'A person is identified by a fødselsnummer or D-nummer (day + 40), real-looking or Tenor (month + 80), with a date that exists (29 February in any year, the century not being in the date part) and valid control digits under the classic rule or the rule for numbers issued from 2032 (k1 remainder 0–3). H-numbers (month + 40) and FH-numbers are not Folkeregister identifiers and are invalid.',
  },
  {
    id: 'A-PRIM-KONTONUMMER',
    statement:
      'A kontonummer has 11 digits with a MOD11 control digit (weights 5 4 3 2 7 6 5 4 3 2) and a bank number other than 0000, which no bank has; a Norwegian IBAN must carry such a kontonummer.',
  },
  {
    id: 'A-PRIM-KID',
    statement:
      'A KID has 2–25 characters and a MOD10 (Luhn) or MOD11 control character (remainder 1 ⇒ "-"); the payee agreement decides which, so either is accepted.',
  },
  {
    id: 'A-PRIM-INNSENDER',
    statement:
      "The innsender's orgnr is the 9-digit identifier of the actor in the root `innsender` role: under `innsender.innsender` (model 0.9 and later) or `innsender` itself (2023 drafts), in variant A (`verdi`) or B (`taxIdentificationNumber`).",
  },
];
