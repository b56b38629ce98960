import type { PartyRegister, RegisterOrganisation, RegisterPerson } from '@elan-kit/fixtures';
import type { Saksstatus } from '@elan-kit/schemas';

/** The fixed references of the test environment and the state each answers with (information-model.md §14). */
export const TEST_CASES: ReadonlyArray<{ readonly reference: string; readonly saksstatus: Saksstatus }> = [
  { reference: 'TEST_SAK_OPPRETTET', saksstatus: 'sakOpprettet' },
  { reference: 'TEST_SAK_UNDER_BEHANDLING', saksstatus: 'sakUnderBehandling' },
  { reference: 'TEST_SAK_NEKTET_FREMMET', saksstatus: 'sakNektetFremmet' },
  { reference: 'TEST_SAK_FORELAGT', saksstatus: 'sakForelagt' },
  { reference: 'TEST_SAK_BESLUTTET', saksstatus: 'sakBesluttet' },
  { reference: 'TEST_SAK_AVSLUTTET', saksstatus: 'sakAvsluttet' },
  { reference: 'TEST_SAK_HEVET', saksstatus: 'sakHevet' },
];
/** Answers 404 with an error object, as in the test environment. */
export const TEST_UNKNOWN_REFERENCE = 'TEST_UGYLDIG';

function identifikator(verdi: string) {
  return { identifikatortype: 'taxIdentificationNumber', verdi, landkode: 'NO' };
}

/**
 * Just enough of a begjæring for Status på sak and Innsyn to show parties and claims, for the fixed test
 * references and for cases seeded without a document. It is not meant to pass prøving.
 */
export function syntheticCaseDocument(
  register: PartyRegister,
  options: { saksoeker?: RegisterOrganisation; saksoekt?: RegisterPerson } = {},
): Record<string, unknown> {
  const saksoeker = options.saksoeker ?? register.defaultSaksoeker;
  const saksoekt = options.saksoekt ?? register.defaultSaksoekt;
  return {
    saksoeker: [
      { saksoeker: { virksomhet: { navn: saksoeker.navn, identifikator: identifikator(saksoeker.identifier) } } },
    ],
    saksoekt: [
      {
        saksoekt: {
          person: {
            personnavn: { fornavn: saksoekt.fornavn, etternavn: saksoekt.etternavn },
            identifikator: identifikator(saksoekt.identifier),
          },
        },
      },
    ],
    kravTilInnkreving: [
      {
        innsendersKravreferanse: 'TEST-KRAV-1',
        kravdetaljer: 'Hovedkrav',
        opprinneligBeloep: { beloep: 12500, valuta: 'NOK' },
        gjenstaaendeBeloep: { beloep: 12500, valuta: 'NOK' },
      },
      {
        innsendersKravreferanse: 'TEST-KRAV-2',
        kravdetaljer: 'Rentekrav',
        opprinneligBeloep: { beloep: 830.5, valuta: 'NOK' },
        gjenstaaendeBeloep: { beloep: 830.5, valuta: 'NOK' },
      },
    ],
  };
}
