import type { PartyRegister } from '@elan-kit/fixtures';
import type { ModelVersion, OfficialSpec } from '@elan-kit/schemas';
import { ELAN_SCOPE, TEST_ENVIRONMENT, TEST_HOSTS } from '../assumptions.js';
import { buildPayloads } from '../checks/support/payloads.js';
import type { CheckOutcome } from '../engine/check.js';
import { createSystemClock } from '../engine/clock.js';
import { type FindingText, finding } from '../engine/finding.js';
import { ConformanceError } from '../errors.js';
import { isWithinSupportHours } from '../guards/off-hours.js';
import {
  assertAudienceMatchesTokenEndpoint,
  assertUrlAllowed,
  createUrlGuard,
  type UrlPolicy,
} from '../guards/production-url.js';
import { createSyntheticDataGuard } from '../guards/synthetic-data.js';
import { createTestPartyGuard, knownTestParties } from '../guards/test-parties.js';
import type { HttpClient, RequestGuard } from '../http/http-client.js';
import type { SystembrukerRequest } from '../maskinporten/grant.js';
import type { MaskinportenKey } from '../maskinporten/key-material.js';
import { createTokenProvider } from '../maskinporten/token-provider.js';
import { describeContracts, fallbackNotes, loadTargetContracts } from './contracts.js';
import type { ElanBaseUrls, Target } from './target.js';

/** The vendor's Maskinporten client, from config and env vars (the key from a file or env var, never a flag). */
export interface MaskinportenSettings {
  readonly clientId: string;
  readonly orgnr?: string;
  readonly scope?: string;
  readonly issuer?: string;
  readonly tokenEndpoint?: string;
  readonly key: MaskinportenKey;
  readonly consumerOrg?: string;
  readonly systembruker?: SystembrukerRequest;
}

export interface RemoteTargetOptions {
  readonly http: HttpClient;
  readonly modelVersion: ModelVersion;
  /** Official documents (`--spec`) the checks judge the answers by. */
  readonly specs?: readonly OfficialSpec[];
  readonly maskinporten: MaskinportenSettings | undefined;
  readonly allowProduction?: boolean;
  /** `test`: overrides the test base URL; `url`: the base URL under test (required). */
  readonly baseUrl?: string;
  /**
   * The parties payloads are built from. The `test` target requires a register imported from Tenor and sends no
   * other party (Skatteetaten's published test lists aside); other targets default to the seeded register.
   */
  readonly register?: PartyRegister;
}

function requireMaskinporten(settings: MaskinportenSettings | undefined, kind: string): MaskinportenSettings {
  if (!settings) {
    throw new ConformanceError('ELAN_MASKINPORTEN_CONFIG', `The ${kind} target needs a Maskinporten client.`, {
      hint:
        'Set ELAN_KIT_CLIENT_ID, ELAN_KIT_ORGNR and ELAN_KIT_MASKINPORTEN_KEY (or ELAN_KIT_MASKINPORTEN_KEY_FILE), or the maskinporten section of elan-kit.config.json' +
        (kind === 'url' ? ', with maskinporten.tokenEndpoint (and kid when the key has none).' : '.'),
    });
  }
  return settings;
}

function outsideSupportHours(outcome: CheckOutcome, startedAt: Date): CheckOutcome {
  if (outcome.status !== 'fail' || isWithinSupportHours(startedAt)) return outcome;
  const at = startedAt.toISOString();
  const note = finding(
    'OUTSIDE_SUPPORT_HOURS',
    {
      en: `Inconclusive: this failed at ${at}, outside the test environment's supported hours (weekdays 08:00–15:45 Europe/Oslo), when it may be down for maintenance. Run it again during support hours before treating it as your fault.`,
      nb: `Usikkert resultat: kontrollen feilet ${at}, utenfor testmiljøets ordinære arbeidstid (hverdager kl. 08:00–15:45 Europe/Oslo), da miljøet kan være nede for vedlikehold. Kjør den på nytt innenfor arbeidstiden før du regner feilen som din.`,
    },
    { severity: 'error', reference: 'Utleggsbegjæring API, tab Test: support 08:00–15:45 on weekdays' },
  );
  return { ...outcome, status: 'error', findings: [note, ...(outcome.findings ?? [])] };
}

function buildRemoteTarget(
  kind: 'test' | 'url',
  options: RemoteTargetOptions,
  baseUrls: ElanBaseUrls,
  policy: UrlPolicy,
  defaults: { issuer: string; tokenEndpoint: string } | undefined,
  notes: FindingText[],
  partyGuards: () => readonly RequestGuard[] = () => [],
): Target {
  for (const url of [baseUrls.utleggsbegjaering, baseUrls.betjeningskartet, baseUrls.status])
    assertUrlAllowed(url, policy);
  const settings = requireMaskinporten(options.maskinporten, kind);
  const tokenEndpoint = settings.tokenEndpoint ?? defaults?.tokenEndpoint;
  if (!tokenEndpoint) {
    throw new ConformanceError(
      'ELAN_MASKINPORTEN_CONFIG',
      `The ${kind} target needs maskinporten.tokenEndpoint in the config.`,
    );
  }
  const issuer = settings.issuer ?? defaults?.issuer ?? `${new URL(tokenEndpoint).origin}/`;
  assertUrlAllowed(tokenEndpoint, policy);
  // The grant is signed for the issuer: a production audience is refused like a production URL, and an audience
  // must belong to the token endpoint the grant is sent to, or a stub could collect a grant valid elsewhere.
  assertUrlAllowed(issuer, policy);
  assertAudienceMatchesTokenEndpoint(issuer, tokenEndpoint);
  // Credentials and URLs are checked before the parties: a setup error is named before a data error.
  const extraGuards = partyGuards();
  const clock = createSystemClock();
  const scope = settings.scope ?? ELAN_SCOPE;
  const tokens = createTokenProvider({
    client: {
      clientId: settings.clientId,
      ...(settings.orgnr ? { orgnr: settings.orgnr } : {}),
      scope,
      issuer,
      tokenEndpoint,
      key: settings.key,
      ...(settings.consumerOrg ? { consumerOrg: settings.consumerOrg } : {}),
      ...(settings.systembruker ? { systembruker: settings.systembruker } : {}),
    },
    http: options.http,
    clock,
  });
  const specs = options.specs ?? [];
  const contracts = loadTargetContracts(options.modelVersion, specs);
  const consumerOrgnr = settings.consumerOrg ?? settings.orgnr;
  return {
    kind,
    modelVersion: options.modelVersion,
    seed: 1,
    info: { kind, baseUrls: { ...baseUrls }, tokenEndpoint },
    contract: describeContracts(options.modelVersion, contracts, specs),
    contracts,
    baseUrls,
    klientid: settings.clientId,
    tokens,
    expectations: {
      scope,
      issuer,
      ...(consumerOrgnr ? { consumerOrgnr } : {}),
      ...(settings.systembruker ? { systembrukerCustomerOrgnr: settings.systembruker.customerOrgnr } : {}),
    },
    clock,
    ...(options.register ? { register: options.register } : {}),
    guards: [createUrlGuard(policy), createSyntheticDataGuard(), ...extraGuards],
    notes: [...notes, ...fallbackNotes(specs)],
    ...(kind === 'test' ? { review: outsideSupportHours } : {}),
    close: async () => {},
  };
}

/**
 * Skatteetaten's test environment with real Maskinporten. Guard rails: only api-test.sits.no and
 * test.maskinporten.no (unless allowProduction), no request with a non-synthetic identifier, and failures
 * outside the supported hours are inconclusive.
 */
export function openTestTarget(options: RemoteTargetOptions): Target {
  const v2 = TEST_ENVIRONMENT.baseUrls.v2;
  const own = options.baseUrl ?? (options.modelVersion === '0.9' ? TEST_ENVIRONMENT.baseUrls['0.9'] : v2);
  const shared = options.baseUrl ?? v2;
  const settings = options.maskinporten;
  const ownOrgs = [settings?.consumerOrg, settings?.orgnr, settings?.systembruker?.customerOrgnr].filter(
    (orgnr): orgnr is string => orgnr !== undefined,
  );
  let partyGuard: RequestGuard | undefined;
  const partyGuards = (): RequestGuard[] => {
    partyGuard = createTestPartyGuard(knownTestParties(requireTenorRegister(options.register), ownOrgs));
    return [partyGuard];
  };
  const target = buildRemoteTarget(
    'test',
    options,
    { utleggsbegjaering: own, betjeningskartet: shared, status: shared },
    { onlyHosts: TEST_HOSTS, allowProduction: options.allowProduction ?? false },
    { issuer: TEST_ENVIRONMENT.maskinporten.issuer, tokenEndpoint: TEST_ENVIRONMENT.maskinporten.tokenEndpoint },
    [
      {
        en: 'Skatteetaten does not process test submissions: case status is checked with the fixed TEST_SAK_* references.',
        nb: 'Skatteetaten behandler ikke innsendinger i testmiljøet: saksstatus kontrolleres med de faste TEST_SAK_*-referansene.',
      },
    ],
    partyGuards,
  );
  if (partyGuard) assertPayloadPartiesKnown(target, partyGuard);
  return target;
}

function requireTenorRegister(register: PartyRegister | undefined): PartyRegister {
  if (register?.sources.some((source) => source.kind === 'tenor')) return register;
  throw new ConformanceError(
    'ELAN_TEST_PARTY_UNKNOWN',
    register
      ? 'The party register has no parties imported from Tenor; the test environment only knows Tenor parties.'
      : "The test target needs test parties from Tenor: the kit's generated parties are in no register of the test environment.",
    {
      hint: 'Import them: "elan-kit parties search --query bosatt-voksen --out tenor.json" (Maskinporten scope skatteetaten:testnorge/testdata.read) or "elan-kit parties import saved-search.json --out tenor.json"; then run with --register tenor.json or test.register in elan-kit.config.json.',
      messageNb: 'Testmålet trenger testparter fra Tenor: kitets genererte parter finnes ikke i testmiljøets registre.',
    },
  );
}

/** Every payload the run will build, through the party guard, before anything is sent. */
function assertPayloadPartiesKnown(target: Target, guard: RequestGuard): void {
  for (const [, payload] of buildPayloads(target, 'PREFLIGHT').corpus()) {
    guard({ method: 'POST', url: target.baseUrls.utleggsbegjaering, json: payload });
  }
}

const ORIGIN_ONLY_NOTE: FindingText = {
  en:
    'The target URL has no path, so every operation is called at the root (…/valider, …/vedlegg). ELAN serves them ' +
    'under its base URL, e.g. …/api/utleggsbegjaering/v2; for a simulator started with "elan-kit serve", pass the ' +
    'Utleggsbegjæring URL it prints. Answers of 404 most likely mean the path is missing.',
  nb:
    'Mål-URL-en har ingen sti, så alle operasjoner kalles på roten (…/valider, …/vedlegg). ELAN har dem under ' +
    'basis-URL-en, f.eks. …/api/utleggsbegjaering/v2; for en simulator startet med «elan-kit serve», bruk ' +
    'Utleggsbegjæring-URL-en den skriver ut. Svar med 404 betyr trolig at stien mangler.',
};

/** Any ELAN-compatible base URL (another simulator, a vendor's stub, a recorded mock) with the token endpoint from config. */
export function openUrlTarget(options: RemoteTargetOptions): Target {
  if (!options.baseUrl) throw new ConformanceError('ELAN_TARGET_SETUP', 'The url target needs a base URL.');
  const base = options.baseUrl.replace(/\/+$/, '');
  const notes = URL.canParse(base) && new URL(base).pathname.replace(/\/+$/, '') === '' ? [ORIGIN_ONLY_NOTE] : [];
  return buildRemoteTarget(
    'url',
    options,
    { utleggsbegjaering: base, betjeningskartet: base, status: base },
    { allowProduction: options.allowProduction ?? false },
    undefined,
    notes,
  );
}
