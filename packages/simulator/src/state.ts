import { createPartyRegister, type PartyRegister } from '@elan-kit/fixtures';
import type { PartyInfo, ProvingOptions } from '@elan-kit/schemas';
import { VirtualClock } from './clock.js';
import { AttachmentStore } from './elan/attachments.js';
import { CaseStore } from './elan/cases.js';
import { createContractValidation, type RequestValidation } from './elan/contract-validation.js';
import { syntheticCaseDocument, TEST_CASES } from './elan/synthetic-case.js';
import { FaultSchedule } from './faults.js';
import { RateLimiter } from './http/rate-limiter.js';
import type { AccessTokenVerifier } from './maskinporten/access-token.js';
import { type CertificateAuthority, createTestCertificateAuthority } from './maskinporten/certificates.js';
import { ClientRegistry } from './maskinporten/client-registry.js';
import { GrantIdStore } from './maskinporten/grant.js';
import type { SigningKey } from './maskinporten/keys.js';
import type { ResolvedOptions } from './options.js';
import { Recorder } from './recording/recorder.js';

/** A municipality decision (Beslutning om trekk fra kommune). */
export interface KommuneDecision {
  readonly eksternSaksreferanse: string;
  readonly orgnr: string;
  readonly modelVersion: '1.0' | '2.0';
  readonly document: unknown;
  readonly receivedAt: string;
}

/** Set when the simulator listens: everything that depends on its URL or its keys. */
export interface Runtime {
  readonly baseUrl: string;
  /** Maskinporten issuer of the stand-in: `<baseUrl>/`. */
  readonly issuer: string;
  readonly issuerKey: SigningKey;
  readonly verifier: AccessTokenVerifier;
  /** The default test client's id and organisation. */
  readonly defaultClientId: string;
}

/** Everything one simulator instance owns. Nothing here is shared with another instance. */
export class SimulatorState {
  readonly options: ResolvedOptions;
  readonly clock: VirtualClock;
  readonly recorder: Recorder;
  readonly registry = new ClientRegistry();
  readonly grantIds: GrantIdStore;
  readonly faults = new FaultSchedule();
  readonly rateLimiter: RateLimiter;
  readonly attachments: AttachmentStore;
  readonly cases: CaseStore;
  readonly kommuneDecisions = new Map<string, KommuneDecision>();
  /** Decisions per municipality, bounded like cases (`limits.casesPerOrganisation`). */
  readonly kommuneDecisionCount = new Map<string, number>();
  readonly register: PartyRegister;
  /** Parties added through the admin API, in front of the seeded register. */
  readonly extraParties = new Map<string, PartyInfo>();
  /** Identifiers that have had coordinated withholding under the new rules (Oppslag samordnet trekk). */
  readonly samordnetTrekk = new Set<string>();
  /** Set through the admin API; the defaults of @elan-kit/rules otherwise. */
  provingOptions: ProvingOptions = {};
  validation: RequestValidation;
  runtime: Runtime | undefined;
  #testAuthority: Promise<CertificateAuthority> | undefined;
  /** Requests that ended in an unexpected exception (answered 500); a healthy simulator keeps this at 0. */
  internalErrors = 0;

  constructor(options: ResolvedOptions) {
    this.options = options;
    this.clock = new VirtualClock(options.now);
    this.recorder = new Recorder(
      options.limits.recordings,
      options.limits.recordedBodyBytes,
      options.limits.recordedBytes,
    );
    this.grantIds = new GrantIdStore(options.limits.grantIds);
    this.rateLimiter = new RateLimiter(options.limits.requestsPerClientPerSecond);
    this.attachments = new AttachmentStore(options.attachmentStepMs);
    this.cases = new CaseStore(options.seed);
    this.register = options.register ?? createPartyRegister({ seed: options.seed });
    if (this.register.complete) this.provingOptions = { partyRegisterComplete: true };
    this.validation = options.validation ?? createContractValidation();
    this.runtime = undefined;
    this.addTestCases();
  }

  /** `ProvingContext.parties`: admin-added parties first, then the seeded register. */
  readonly parties = {
    get: (identifier: string): PartyInfo | undefined =>
      this.extraParties.get(identifier) ?? this.register.get(identifier),
  };

  /** The simulator's own test CA, made (and trusted) the first time a certificate client is registered. */
  testAuthority(): Promise<CertificateAuthority> {
    this.#testAuthority ??= createTestCertificateAuthority().then((authority) => {
      this.registry.trustAuthority(authority.certificate);
      return authority;
    });
    return this.#testAuthority;
  }

  addTestCases(): void {
    const document = syntheticCaseDocument(this.register);
    for (const { reference, saksstatus } of TEST_CASES) {
      this.cases.addFixed(reference, document, saksstatus, this.clock.nowMs());
    }
  }
}
