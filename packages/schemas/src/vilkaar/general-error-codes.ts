import type { GeneralErrorCode } from './types.js';

/**
 * General error codes in `feilkode`. KB-001…KB-009 and their HTTP statuses are the table of the older
 * Utleggsbegjæring page (elan-utleggsbegjaering-nb-older.md). DAS-001…DAS-008 are the generic codes of
 * Skatteetaten's data-sharing APIs (docs/om/feil.md, "codes like DAS-001…"); their statuses and texts are
 * reconstructed from the same pattern as KB-001…KB-008 and the Status på sak page (XXX-001…XXX-006).
 */
export const generalErrorCodes: readonly GeneralErrorCode[] = [
  { kode: 'KB-001', httpStatus: 500, beskrivelse: 'Uventet feil på tjenesten.', tekstkilde: 'publisert' },
  {
    kode: 'KB-002',
    httpStatus: 500,
    beskrivelse: 'Uventet feil i et bakenforliggende system.',
    tekstkilde: 'publisert',
  },
  { kode: 'KB-003', httpStatus: 404, beskrivelse: 'Ukjent url benyttet.', tekstkilde: 'publisert' },
  { kode: 'KB-004', httpStatus: 401, beskrivelse: 'Feil i forbindelse med autentisering.', tekstkilde: 'publisert' },
  { kode: 'KB-005', httpStatus: 403, beskrivelse: 'Feil i forbindelse med samtykketoken.', tekstkilde: 'publisert' },
  {
    kode: 'KB-006',
    httpStatus: 400,
    beskrivelse: 'Feil i forbindelse med validering av inputdata.',
    tekstkilde: 'publisert',
  },
  {
    kode: 'KB-007',
    httpStatus: 404,
    beskrivelse: 'Fant ingen krav/betalinger på angitt identifikator og periode.',
    tekstkilde: 'publisert',
  },
  {
    kode: 'KB-008',
    httpStatus: 406,
    beskrivelse: 'Feil tilknyttet dataformat. Kun json eller xml er støttet.',
    tekstkilde: 'publisert',
  },
  { kode: 'KB-009', httpStatus: 404, beskrivelse: 'Ingen treff på oppgitt identifikator.', tekstkilde: 'publisert' },
  { kode: 'DAS-001', httpStatus: 500, beskrivelse: 'Uventet feil på tjenesten.', tekstkilde: 'rekonstruert' },
  {
    kode: 'DAS-002',
    httpStatus: 500,
    beskrivelse: 'Uventet feil i et bakenforliggende system.',
    tekstkilde: 'rekonstruert',
  },
  { kode: 'DAS-003', httpStatus: 404, beskrivelse: 'Ukjent url benyttet.', tekstkilde: 'rekonstruert' },
  {
    kode: 'DAS-004',
    httpStatus: 401,
    beskrivelse: 'Feil i forbindelse med autentisering.',
    tekstkilde: 'rekonstruert',
  },
  { kode: 'DAS-005', httpStatus: 403, beskrivelse: 'Feil i forbindelse med autorisering.', tekstkilde: 'rekonstruert' },
  {
    kode: 'DAS-006',
    httpStatus: 400,
    beskrivelse: 'Feil i forbindelse med validering av inputdata.',
    tekstkilde: 'rekonstruert',
  },
  {
    kode: 'DAS-007',
    httpStatus: 404,
    beskrivelse: 'Ingen treff på oppgitt identifikator.',
    tekstkilde: 'rekonstruert',
  },
  {
    kode: 'DAS-008',
    httpStatus: 406,
    beskrivelse: 'Feil tilknyttet dataformat. Kun json eller xml er støttet.',
    tekstkilde: 'rekonstruert',
  },
];
