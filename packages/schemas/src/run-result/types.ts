import type { ModelVersion } from '../model-version.js';

/**
 * The version this kit writes; `contracts/run-result.schema.json` describes it and every version it still reads.
 * 1.1 added `subject`, `run.selection`, `target.options`, `vendor.systemVersion`, `summary.unattestedRequired` and the
 * verdicts `pass-partial` and `pass-unattested`.
 */
export const RUN_RESULT_SCHEMA_VERSION = '1.1' as const;
/** Versions this kit reads (and `elan-kit report` re-renders). */
export const RUN_RESULT_SCHEMA_VERSIONS = ['1.0', '1.1'] as const;
export type RunResultSchemaVersion = (typeof RUN_RESULT_SCHEMA_VERSIONS)[number];

export const CHECK_STATUSES = ['pass', 'fail', 'error', 'skip', 'manual'] as const;
/** fail: the system under test broke the contract. error: the tool or the environment broke. */
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const CHECKLIST_SECTIONS = ['1', '2', '3', '4', '5', '6', '7'] as const;
/** The vendor checklist's sections (seed page, tab "Sjekkliste"). */
export type ChecklistSection = (typeof CHECKLIST_SECTIONS)[number];

export type Severity = 'required' | 'recommended';
export type TargetKind = 'simulator' | 'test' | 'vendor' | 'url';
/**
 * `pass`: every required check passed and every required attestation is given, on a full selection.
 * `pass-unattested`: every automated check passed, but required checklist steps are not attested (not ready for
 * production). `pass-partial`: what ran passed, but the run selected only part of the checklist (`--only`, a
 * preset other than `full`, `--skip`, a shard). `fail`: a required check failed. `error`: the tool or the
 * environment failed a required check.
 */
export const VERDICTS = ['pass', 'pass-unattested', 'pass-partial', 'fail', 'error'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface LocalizedText {
  readonly nb: string;
  readonly en: string;
}

export interface RunResult {
  readonly schemaVersion: RunResultSchemaVersion;
  readonly kit: { readonly name: string; readonly version: string };
  readonly contract: ContractInfo;
  readonly vendor: VendorInfo;
  /** What system was under test and how it was reached (always present from 1.1). */
  readonly subject?: SubjectInfo;
  readonly target: TargetInfo;
  readonly run: RunInfo;
  readonly checks: readonly CheckResult[];
  readonly summary: RunSummary;
  readonly vilkaarCoverage?: VilkaarCoverage;
  /** Where the kit was tolerant (a CONFLICT in the docs, a legacy field name) it says so here. */
  readonly notes?: readonly string[];
  /** The same notes in bokmål, in the same order. */
  readonly notesNb?: readonly string[];
}

export interface ContractInfo {
  readonly modelVersion: ModelVersion;
  /** sha256 over the OpenAPI documents used, in a stable order: the exact contract version tested. */
  readonly hash: string;
  readonly documents: readonly ContractDocumentInfo[];
  /** Set when a user-supplied official spec (`--spec`) replaced the bundled one. */
  readonly source?: 'bundled' | 'user-supplied';
}

/** One OpenAPI document a run judged by, per API. The fields after `hash` are additive (older results lack them). */
export interface ContractDocumentInfo {
  readonly api: string;
  /** The kit's model version for the API (`''` for single-document APIs). */
  readonly version: string;
  /** `sha256:<64 hex>` over the document's canonical JSON. */
  readonly hash: string;
  /** `info.title` of the document. */
  readonly title?: string;
  /** `info.version` of the document. */
  readonly documentVersion?: string;
  /** `reconstruction`: the kit's bundled document, built from public pages; `official`: a document given with `--spec`. */
  readonly origin?: 'reconstruction' | 'official';
  /** File name of an official document. */
  readonly file?: string;
  /** An official document converted from Swagger 2.0. */
  readonly convertedFrom?: 'swagger-2.0';
  /** How the kit's operations were found in an official document. */
  readonly operations?: readonly ContractOperationMapping[];
}

export interface ContractOperationMapping {
  /** The kit's name for the operation. */
  readonly operationId: string;
  /** `matched` by behaviour, `configured` in the config, `fallback`: the kit's reconstruction judged it. */
  readonly status: 'matched' | 'configured' | 'fallback';
  readonly method?: string;
  readonly path?: string;
  /** The document's own operationId. */
  readonly officialOperationId?: string;
}

export interface VendorInfo {
  readonly name?: string;
  readonly orgnr?: string;
  readonly system?: string;
  readonly systemVersion?: string;
  readonly contact?: { readonly name?: string; readonly email?: string; readonly phone?: string };
}

export interface TargetInfo {
  readonly kind: TargetKind;
  readonly baseUrls: Readonly<Record<string, string>>;
  readonly tokenEndpoint?: string;
  /** How the target was set up (adapter kind, recordings, simulator seed and defects, …): no secrets. */
  readonly options?: Readonly<Record<string, TargetOptionValue>>;
}

export type TargetOptionValue = string | number | boolean | readonly string[];

export const SUBJECT_KINDS = ['vendor-system', 'test-environment', 'other-server', 'kit-reference-client'] as const;
/**
 * Whose behaviour the run judges: the vendor's own system (their client), Skatteetaten's test environment, another
 * ELAN-compatible server, or the kit's own reference client against its own simulator (a demonstration).
 */
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const SUBJECT_CHANNELS = [
  'adapter-command',
  'adapter-module',
  'adapter-http',
  'scenario-cards',
  'proxy-recordings',
  'inspector',
  'kit-client',
] as const;
/**
 * How it was reached: an adapter (command, module, HTTP) or a person following scenario cards, the recordings of
 * `elan-kit proxy`, the live inspector, or the kit's own client calling the server under test.
 */
export type SubjectChannel = (typeof SUBJECT_CHANNELS)[number];

export interface SubjectInfo {
  readonly kind: SubjectKind;
  readonly via: SubjectChannel;
  /** True for the kit's own reference client against its own simulator: not a test summary for Skatteetaten. */
  readonly demonstration: boolean;
}

/** Which checks the run selected (the shard, when there is one, is `run.shard`). */
export interface SelectionInfo {
  readonly preset: string;
  readonly only: readonly string[];
  readonly skip: readonly string[];
  /** Checks in the run (after the shard) and in the full checklist. */
  readonly selected: number;
  readonly available: number;
  /** True unless the run is the whole `full` checklist, unsharded. */
  readonly partial: boolean;
}

export interface RunInfo {
  readonly id: string;
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly durationMs?: number;
  /** `interrupted` (SIGINT/SIGTERM) and `crashed` runs still produce a complete, valid result. */
  readonly state: 'completed' | 'interrupted' | 'crashed';
  readonly shard?: { readonly index: number; readonly total: number };
  /** Always present from 1.1. */
  readonly selection?: SelectionInfo;
}

export interface CheckResult {
  readonly id: string;
  readonly section: ChecklistSection;
  readonly title: LocalizedText;
  readonly severity: Severity;
  /** What the check verifies, in plain words. */
  readonly description?: LocalizedText;
  /** Where the requirement comes from (checklist item, vilkår, Maskinporten doc). */
  readonly reference?: string;
  /** Ids of the kit's assumptions the judgement rests on (its assumption registries), from 1.1. */
  readonly assumptions?: readonly string[];
  readonly status: CheckStatus;
  readonly startedAt?: string;
  readonly durationMs?: number;
  /** Set when the run stopped before this check finished. */
  readonly unfinished?: boolean;
  readonly findings: readonly Finding[];
  readonly evidence: readonly Exchange[];
  /** Vilkår codes this check exercised (for the coverage view). */
  readonly vilkaar?: readonly string[];
  /** Manual checks (sections 1, 6, 7): what the user attested in the config. */
  readonly attestation?: Attestation;
}

export interface Finding {
  readonly code: string;
  /** The finding in English (JSON and JUnit consumers read this). */
  readonly message: string;
  /** The same finding in Norwegian bokmål, when the producer wrote one; bokmål reports show it instead. */
  readonly messageNb?: string;
  readonly severity?: 'error' | 'warning' | 'info';
  /** JSON pointer into the body concerned, when there is one. */
  readonly pointer?: string;
  readonly expected?: unknown;
  readonly actual?: unknown;
  readonly reference?: string;
  /** Id of the exchange in `evidence` this finding is about. */
  readonly exchangeId?: string;
}

/** One HTTP exchange a check made or observed. Secrets are redacted before they get here. */
export interface Exchange {
  readonly id: string;
  readonly time: string;
  readonly method: string;
  readonly url: string;
  readonly status?: number;
  readonly durationMs?: number;
  readonly korrelasjonsid?: string;
  readonly meldingsid?: string;
  readonly request: HttpMessage;
  readonly response?: HttpMessage;
  /** Network or tool error instead of a response. */
  readonly error?: string;
  /** e.g. "retry 2 of 3 after 429": a check that retries says so. */
  readonly note?: string;
}

export interface HttpMessage {
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly bodyTruncated?: boolean;
}

export interface Attestation {
  readonly attested: boolean;
  readonly by?: string;
  readonly date?: string;
  readonly note?: string;
}

export interface StatusCounts {
  readonly total: number;
  readonly pass: number;
  readonly fail: number;
  readonly error: number;
  readonly skip: number;
  readonly manual: number;
}

export interface RunSummary extends StatusCounts {
  readonly verdict: Verdict;
  /** Ids of required checklist steps the user has not attested (from 1.1). */
  readonly unattestedRequired?: readonly string[];
  readonly bySection: Readonly<Partial<Record<ChecklistSection, StatusCounts>>>;
}

export interface VilkaarCoverage {
  readonly catalogSize: number;
  readonly applicable: readonly string[];
  readonly exercised: readonly string[];
}
