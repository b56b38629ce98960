import { isModelVersion, MODEL_VERSIONS, type ModelVersion } from '@elan-kit/schemas';
import {
  DEFAULT_ACCEPT_AUDIENCE_WITHOUT_TRAILING_SLASH,
  DEFAULT_ATTACHMENT_STEP_MS,
  DEFAULT_OPPSLAG_FLAG,
  DEFAULT_V2_MODEL,
} from './assumptions.js';
import type { RequestValidation } from './elan/contract-validation.js';
import { SimulatorError } from './errors.js';
import type { RsaJwk } from './maskinporten/keys.js';

export const SIMULATOR_DEFECTS = [
  'accept-everything',
  'drop-kontrollutslag',
  'ignore-token',
  'always-500',
  'no-korrelasjonsid-in-errors',
] as const;
/** Deliberate contract breaches, so that conformance checks can be shown to fail. */
export type SimulatorDefect = (typeof SIMULATOR_DEFECTS)[number];

/** Every bound the simulator keeps, so that no client can exhaust it. */
export interface Limits {
  /** JSON request bodies (413 above). */
  readonly bodyBytes: number;
  /** One uploaded attachment (413 above). */
  readonly attachmentBytes: number;
  /** All request headers together (431 above; Node's `maxHeaderSize`). */
  readonly headerBytes: number;
  /** Request headers kept per request (Node's `maxHeadersCount`; the rest are dropped). */
  readonly headerCount: number;
  /** Exchanges kept by the recorder (a ring buffer: the oldest go first). */
  readonly recordings: number;
  /** Recorded bodies above this size are kept truncated. */
  readonly recordedBodyBytes: number;
  /** Bytes of recorded bodies kept in all (the oldest exchanges go first). */
  readonly recordedBytes: number;
  /** Kontrollutslag in one 422 answer. */
  readonly kontrollutslagPerAnswer: number;
  /** Requests per client (token `client_id`, else remote address) per second (429 + Retry-After above). */
  readonly requestsPerClientPerSecond: number;
  /** Stored cases per organisation. */
  readonly casesPerOrganisation: number;
  /** Stored attachments per organisation. */
  readonly attachmentsPerOrganisation: number;
  /** Token requests (`/token`) body size. */
  readonly tokenRequestBytes: number;
  /** Remembered grant `jti`s (single use); the oldest are forgotten once they are past their `exp`. */
  readonly grantIds: number;
  /**
   * Upload bytes being received at once, over all clients (each upload counts its Content-Length, or the largest
   * allowed upload when chunked); past it, new uploads get 429 with Retry-After instead of filling memory.
   */
  readonly uploadBytesInFlight: number;
}

export const DEFAULT_LIMITS: Limits = Object.freeze({
  bodyBytes: 10 * 1024 * 1024,
  attachmentBytes: 25 * 1024 * 1024,
  headerBytes: 16 * 1024,
  headerCount: 100,
  recordings: 1000,
  recordedBodyBytes: 64 * 1024,
  recordedBytes: 4 * 1024 * 1024,
  kontrollutslagPerAnswer: 200,
  requestsPerClientPerSecond: 500,
  casesPerOrganisation: 10_000,
  attachmentsPerOrganisation: 10_000,
  tokenRequestBytes: 64 * 1024,
  grantIds: 100_000,
  uploadBytesInFlight: 128 * 1024 * 1024,
});

/** One line per answered request, for `elan-kit serve`'s log. */
export interface ExchangeSummary {
  readonly method: string;
  readonly path: string;
  readonly status: number | undefined;
  readonly durationMs: number;
  readonly korrelasjonsid: string | undefined;
  /** What the simulator tolerated in the request and a stricter server might refuse. */
  readonly notes: readonly string[];
}

export interface SimulatorOptions {
  /** The model `/v2` serves (1.0, 1.1 or 2.0); `/v1` always serves 0.9. With 0.9, the client's base URLs point at `/v1`. */
  modelVersion?: ModelVersion;
  /** Seeds the party register, references and synthetic answers. */
  seed?: number;
  /** Where the virtual clock starts (ISO 8601). It then runs in real time and can be advanced or set. */
  now?: string;
  /** Keeps the Maskinporten key and the default client (`client.json`) across restarts. */
  stateDir?: string;
  /**
   * Fixed RSA private keys (JWK with `kid`) for the stand-in's token signing and the default client, instead of
   * generated ones (or those in `stateDir`). For reproducible setups and fast tests.
   */
  keys?: { issuer?: RsaJwk; client?: RsaJwk };
  /** Virtual milliseconds per attachment processing step; 0 = synchronous. */
  attachmentProcessingMs?: number;
  defects?: SimulatorDefect[];
  limits?: Partial<Limits>;
  /** Accept a grant `aud` without the issuer's trailing slash (the real server's tolerance is unknown). */
  acceptAudienceWithoutTrailingSlash?: boolean;
  /** Serve `/__admin/` to other hosts than loopback. */
  adminFromAnyAddress?: boolean;
  /** Host names the admin API answers to besides localhost, 127.0.0.1 and [::1] (e.g. a name on your network). */
  adminHosts?: readonly string[];
  /** Property name of the Oppslag samordnet trekk answer's boolean (not public). */
  oppslagFlagName?: string;
  /** Called after every answered ELAN or Maskinporten request. */
  onExchange?: (summary: ExchangeSummary) => void;
  /**
   * The schema step: default the bundled contracts of `@elan-kit/schemas`. Pass another to judge requests by a
   * user-supplied official spec.
   */
  validation?: RequestValidation;
}

export interface ResolvedOptions {
  readonly keys: { readonly issuer?: RsaJwk; readonly client?: RsaJwk };
  readonly clientModelVersion: ModelVersion;
  readonly v2ModelVersion: ModelVersion;
  readonly seed: number;
  readonly now: string | undefined;
  readonly stateDir: string | undefined;
  readonly attachmentStepMs: number;
  readonly defects: ReadonlySet<SimulatorDefect>;
  readonly limits: Limits;
  readonly acceptAudienceWithoutTrailingSlash: boolean;
  readonly adminFromAnyAddress: boolean;
  readonly adminHosts: readonly string[];
  readonly oppslagFlagName: string;
  readonly onExchange: ((summary: ExchangeSummary) => void) | undefined;
  readonly validation: RequestValidation | undefined;
}

function invalid(message: string): SimulatorError {
  return new SimulatorError('ELAN_SIMULATOR_OPTIONS_INVALID', message);
}

export function resolveOptions(options: SimulatorOptions = {}): ResolvedOptions {
  const model = options.modelVersion ?? DEFAULT_V2_MODEL;
  if (!isModelVersion(model))
    throw invalid(`modelVersion must be one of ${MODEL_VERSIONS.join(', ')} (got ${String(model)}).`);
  if (options.now !== undefined && Number.isNaN(Date.parse(options.now))) {
    throw invalid(`now must be an ISO 8601 date-time (got ${options.now}).`);
  }
  const stepMs = options.attachmentProcessingMs ?? DEFAULT_ATTACHMENT_STEP_MS;
  if (!Number.isFinite(stepMs) || stepMs < 0) throw invalid('attachmentProcessingMs must be a number ≥ 0.');
  for (const defect of options.defects ?? []) {
    if (!(SIMULATOR_DEFECTS as readonly string[]).includes(defect)) {
      throw invalid(`Unknown defect "${String(defect)}"; known: ${SIMULATOR_DEFECTS.join(', ')}.`);
    }
  }
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value <= 0) throw invalid(`limits.${name} must be a positive integer.`);
  }
  return {
    clientModelVersion: model,
    v2ModelVersion: model === '0.9' ? DEFAULT_V2_MODEL : model,
    seed: options.seed ?? 1,
    now: options.now,
    stateDir: options.stateDir,
    keys: { ...options.keys },
    attachmentStepMs: stepMs,
    defects: new Set(options.defects ?? []),
    limits,
    acceptAudienceWithoutTrailingSlash:
      options.acceptAudienceWithoutTrailingSlash ?? DEFAULT_ACCEPT_AUDIENCE_WITHOUT_TRAILING_SLASH,
    adminFromAnyAddress: options.adminFromAnyAddress ?? false,
    adminHosts: (options.adminHosts ?? []).map((host) => host.toLowerCase()),
    oppslagFlagName: options.oppslagFlagName ?? DEFAULT_OPPSLAG_FLAG,
    onExchange: options.onExchange,
    validation: options.validation,
  };
}
