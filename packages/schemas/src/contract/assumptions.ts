/**
 * Every assumption the contracts outside Utleggsbegjæring rest on (information-model.md marks them
 * ASSUMPTION), with where each one lives in the bundled documents so it is easy to correct.
 * The contract-assumptions test checks that every location still exists.
 */
export interface ContractAssumption {
  readonly id: string;
  readonly statement: string;
  /** Section of shared/domain/information-model.md (or another domain doc). */
  readonly source: string;
  /** Bundled contract name (`status`, `kommune-1.0`, …) and JSON pointer of what the assumption shaped. */
  readonly where: readonly { readonly contract: string; readonly pointer: string }[];
}

/** ASSUMPTION: name of the boolean in the Oppslag samordnet trekk response (not public). */
export const OPPSLAG_SAMORDNET_TREKK_FLAG = 'harEllerHarHattSamordnetTrekkNyttRegelverk';

export const CONTRACT_ASSUMPTIONS: readonly ContractAssumption[] = [
  {
    id: 'A-BETJENINGSKARTET-FORESPOERSEL',
    statement:
      "The Betjeningskartet lookup accepts both the kit's request ({ skyldner: [Identifikator] }) and the published " +
      '1.3.1 request ({ kildesystem, skyldner: [{ partsnummer?, partsidentifikator? }] }, partsnummer a string). A ' +
      'debtor given by partsnummer only cannot be looked up outside Skatteetaten and is answered ukjentSkyldner.',
    source: 'SwaggerHub betjeningskartet-api 1.3.1 as mirrored publicly',
    where: [{ contract: 'betjeningskartet', pointer: '/components/schemas/OppslagIBetjeningskart' }],
  },
  {
    id: 'A-ELAN-LESER',
    statement:
      'ELAN reads a request as the published 2023 documents describe it, which close no object: an explicit null on ' +
      'a member is the member being absent, and a member the model does not define is ignored, not refused. The ' +
      'bundled documents close their objects (additionalProperties: false) so that the kit can name unknown and ' +
      'legacy members; readRequestBody and validateBegjaering({ asElan }) therefore ignore those members with a ' +
      'warning. A user-supplied document that closes an object is taken at its word.',
    source: 'published 2023 OpenAPI documents (no object closed); 0.9 examples sending "vedlegg": null',
    where: [
      { contract: 'utleggsbegjaering-1.0', pointer: '/components/schemas/Utleggsbegjaering/additionalProperties' },
    ],
  },
  {
    id: 'A-KONTRAKT-STIER',
    statement:
      'Sub-paths under the published base URLs are guesses (route table of interfaces.md). Status på sak, ' +
      'Betjeningskartet and Innsyn belong to the model 1.0+ API family and are served under /api/utleggsbegjaering/v2 only.',
    source: 'information-model.md §13.4',
    where: [
      { contract: 'status', pointer: '/paths/~1api~1utleggsbegjaering~1v2~1status~1{eksternSaksreferanse}' },
      { contract: 'betjeningskartet', pointer: '/paths/~1api~1utleggsbegjaering~1v2~1betjeningskartet' },
      { contract: 'innsyn', pointer: '/paths/~1api~1utleggsbegjaering~1v2~1innsyn~1trekk' },
    ],
  },
  {
    id: 'A-KONTRAKT-FEILSVAR',
    statement:
      'Every ELAN operation documents 400/401/403/404/406/413/415/429/500/503 as application/problem+json, and every ' +
      'error body carries korrelasjonsid (required in ProblemDetail).',
    source: 'information-model.md §13.1–13.3',
    where: [{ contract: 'status', pointer: '/components/schemas/ProblemDetail/required' }],
  },
  {
    id: 'A-KONTRAKT-STATUS-SVAR',
    statement:
      'SakStatus shape: property names other than eksternSaksreferanse, saksstatus, kravgrunnlagsidentifikator and ' +
      'the decision outcomes are guesses; sakBesluttet and sakAvsluttet carry at least one beslutning.',
    source: 'information-model.md §14',
    where: [{ contract: 'status', pointer: '/components/schemas/SakStatus' }],
  },
  {
    id: 'A-KONTRAKT-STATUSENDRINGER',
    statement: 'A change feed (hentStatusendringer, fraSekvensnummer/maksAntall) lets systems poll for status changes.',
    source: 'interfaces.md route table; information-model.md §13.4 (polling without Dialogporten)',
    where: [{ contract: 'status', pointer: '/paths/~1api~1utleggsbegjaering~1v2~1status~1endringer' }],
  },
  {
    id: 'A-KONTRAKT-BETJENINGSKARTET',
    statement:
      'The external Betjeningskartet offers only the lookup: request { skyldner: [identifier] } without kildesystem, ' +
      'response ResponsOppslag from the internal 1.3.1 spec.',
    source: 'information-model.md §15',
    where: [
      { contract: 'betjeningskartet', pointer: '/components/schemas/OppslagIBetjeningskart' },
      { contract: 'betjeningskartet', pointer: '/components/schemas/ResponsOppslag' },
    ],
  },
  {
    id: 'A-KONTRAKT-INNSYN',
    statement:
      'Innsyn i ett trekk request/response schema (elements a–e); element e borrows the employer-side Trekkpålegg model.',
    source: 'information-model.md §16',
    where: [
      { contract: 'innsyn', pointer: '/components/schemas/InnsynForespoersel' },
      { contract: 'innsyn', pointer: '/components/schemas/InnsynITrekk' },
    ],
  },
  {
    id: 'A-KONTRAKT-KOMMUNE-STIER',
    statement:
      'Municipality paths: /api/utleggstrekk-fra-kommune/v1/beslutning (model 1.0), /v2/beslutning (model 2.0); ' +
      'Oppslag samordnet trekk stays at /v1/oppslag-samordnet-trekk in both documents.',
    source: 'information-model.md §13.4, §17',
    where: [
      { contract: 'kommune-1.0', pointer: '/paths/~1api~1utleggstrekk-fra-kommune~1v1~1beslutning' },
      { contract: 'kommune-2.0', pointer: '/paths/~1api~1utleggstrekk-fra-kommune~1v2~1beslutning' },
      { contract: 'kommune-2.0', pointer: '/paths/~1api~1utleggstrekk-fra-kommune~1v1~1oppslag-samordnet-trekk' },
    ],
  },
  {
    id: 'A-KONTRAKT-OPPSLAG-FLAGG',
    statement: `The Oppslag samordnet trekk response names its boolean ${OPPSLAG_SAMORDNET_TREKK_FLAG}.`,
    source: 'information-model.md §17.3',
    where: [
      {
        contract: 'kommune-1.0',
        pointer: `/components/schemas/ResponsSamordnetTrekk/properties/${OPPSLAG_SAMORDNET_TREKK_FLAG}`,
      },
      {
        contract: 'kommune-2.0',
        pointer: `/components/schemas/ResponsSamordnetTrekk/properties/${OPPSLAG_SAMORDNET_TREKK_FLAG}`,
      },
    ],
  },
  {
    id: 'A-KONTRAKT-KOMMUNE-2.0',
    statement:
      'Model 2.0 JSON names kommune {identifikator, kontaktinformasjon?}, skyldner {identifikator, ' +
      'adresseLikFolkeregistrert, adresse?, ukjentBosted?}, prosessfullmektig {identifikator, orgnummerProsessfullmektig, ' +
      'fullmakt?, bevillingshaver?} and the claim list kravTilInnkreving.',
    source: 'information-model.md §17.2',
    where: [
      { contract: 'kommune-2.0', pointer: '/components/schemas/Kommune' },
      { contract: 'kommune-2.0', pointer: '/components/schemas/SkyldnerIBeslutning' },
      { contract: 'kommune-2.0', pointer: '/components/schemas/ProsessfullmektigIBeslutning' },
      {
        contract: 'kommune-2.0',
        pointer: '/components/schemas/BeslutningOmUtleggstrekkFraKommune/properties/kravTilInnkreving',
      },
    ],
  },
  {
    id: 'A-KONTRAKT-KRAVENDRING',
    statement: 'kravEndring content is not public: a list of open objects.',
    source: 'information-model.md §7.4',
    where: [{ contract: 'kommune-1.0', pointer: '/components/schemas/Krav/properties/kravEndring' }],
  },
];
