import { createPartyRegister, type PartyRegister } from '@elan-kit/fixtures';
import type {
  Contract,
  ContractInfo,
  Exchange,
  ModelVersion,
  PartyInfo,
  ProvingOptions,
  Saksstatus,
  TargetInfo,
  TargetKind,
} from '@elan-kit/schemas';
import type { CheckOutcome } from '../engine/check.js';
import type { Clock } from '../engine/clock.js';
import type { FindingText } from '../engine/finding.js';
import type { RequestGuard } from '../http/http-client.js';
import type { ClaimExpectations } from '../maskinporten/claims.js';
import type { TokenProvider } from '../maskinporten/token-provider.js';

/** Base URLs per ELAN API (`{base}` in the route table of interfaces.md). */
export interface ElanBaseUrls {
  readonly utleggsbegjaering: string;
  readonly betjeningskartet: string;
  readonly status: string;
  readonly innsyn?: string;
  readonly kommune?: string;
}

/** Control over the embedded simulator: only the simulator-backed targets have it. */
export interface SimulatorControl {
  /** Makes the next `count` requests matching `operationId` (or any, when absent) answer with `status`. */
  injectFault(fault: FaultRequest): Promise<void>;
  clearFaults(): Promise<void>;
  /** Recorded exchanges as the simulator saw them (server side, its virtual time), oldest first. */
  recordings(filter?: { readonly afterId?: string }): Promise<readonly Exchange[]>;
  /** Id of the newest recorded exchange: a marker to read only what comes after. */
  lastRecordingId(): Promise<string | undefined>;
  /** A party the simulator's Betjeningskartet locks to the old regime. */
  readonly lockedParty: string;
  /** Virtual milliseconds per attachment processing step (MOTTATT → VIRUSSJEKKET → VALIDERT → final). */
  readonly attachmentStepMs: number;
  /** Makes the party register answer this for an identifier (in front of the seeded register). */
  registerParty(party: PartyInfo): Promise<void>;
  /** How the simulator's prøving judges what a request cannot say (e.g. a party register declared complete). */
  setProvingOptions(options: ProvingOptions): Promise<void>;
  /** Stores a case as if submitted earlier; returns its eksternSaksreferanse. */
  seedCase(input: {
    orgnr: string;
    document: unknown;
    saksstatus?: Saksstatus;
    /** A submission on the case is still being processed (a change meanwhile: UAVKLART_STATUS). */
    unprocessedSubmission?: boolean;
  }): Promise<string>;
  /** A token provider for a client of this organisation (registered on first use). */
  tokensFor(orgnr: string): Promise<TokenProvider>;
  /** Moves the virtual clock so that it is `date` (YYYY-MM-DD) in Norway, 10:00. */
  setToday(date: string): Promise<void>;
}

export interface FaultRequest {
  readonly status: 429 | 500 | 503;
  readonly count?: number;
  readonly operationId?: string;
  readonly retryAfterSeconds?: number;
}

/** What a client under test did, as recorded server side (the vendor's system, or the kit's reference client). */
export interface ObservedSession {
  /** Who the client is: `vendor` (their system) or `reference` (the kit's own client on the simulator). */
  readonly client: 'vendor' | 'reference';
  readonly exchanges: readonly Exchange[];
  /** Kontrollutslag codes the client reported back to its user for each scenario that provoked a 422. */
  readonly surfacedKontrollutslag?: Readonly<Record<string, readonly string[]>>;
  /** Scenario ids that ran, and those that did not complete (no traffic, adapter failed). */
  readonly scenarios: ReadonlyArray<{ readonly id: string; readonly completed: boolean; readonly message?: string }>;
}

export interface TrafficObserver {
  /** Runs (once per run, memoized by the caller) the client session that observed-traffic checks judge. */
  observe(context: { readonly signal: AbortSignal; readonly log: (text: string) => void }): Promise<ObservedSession>;
}

export interface Target {
  readonly kind: TargetKind;
  readonly modelVersion: ModelVersion;
  /** Seed of the synthetic party register the target knows (the simulator's); payloads are built from it. */
  readonly seed: number;
  /** The party register payloads are built from when it is not the seeded one (an imported Tenor register). */
  readonly register?: PartyRegister;
  readonly info: TargetInfo;
  readonly contract: ContractInfo;
  /** The OpenAPI contracts exchanges are judged against (Utleggsbegjæring for the model, Betjeningskartet, status, Maskinporten). */
  readonly contracts: readonly Contract[];
  readonly baseUrls: ElanBaseUrls;
  /** Value of the `Klientid` header the kit sends. */
  readonly klientid: string;
  /** The configured Maskinporten client; absent when the kit does not call the API itself. */
  readonly tokens?: TokenProvider;
  /** What the token must say (section 2). */
  readonly expectations: ClaimExpectations;
  readonly clock: Clock;
  /** Run before every request of the run (synthetic-data guard, production-URL guard). */
  readonly guards: readonly RequestGuard[];
  readonly simulator?: SimulatorControl;
  readonly observer?: TrafficObserver;
  /** Tolerance notes from setting the target up, in both report languages. */
  readonly notes: readonly FindingText[];
  /** Re-judges an outcome, e.g. failures outside the test environment's supported hours become inconclusive. */
  review?(outcome: CheckOutcome, startedAt: Date): CheckOutcome;
  close(): Promise<void>;
}

/** The register a target's payloads are built from: its own, else the seeded one it knows. */
export function registerOf(target: Pick<Target, 'seed' | 'register'>): PartyRegister {
  return target.register ?? createPartyRegister({ seed: target.seed });
}
