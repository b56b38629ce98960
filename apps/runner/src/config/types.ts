import type { ModelVersion, OfficialSpecInput, SpecApi, VendorInfo } from '@elan-kit/schemas';
import type { SimulatorDefect } from '@elan-kit/simulator';

export type TargetName = 'simulator' | 'test' | 'vendor';

export interface WrittenAttestation {
  readonly attested: boolean;
  readonly by?: string;
  readonly date?: string;
  readonly note?: string;
}

/** One official OpenAPI document in the config. */
export interface WrittenSpec {
  /** Path of the document, relative to the config file. */
  readonly file: string;
  /** The API it is for (`utleggsbegjaering`, `betjeningskartet`, `status`, `innsyn`, `kommune`); else found from its operations. */
  readonly api?: SpecApi;
  /** Kit operationId → the document's operationId or `METHOD /path`. */
  readonly operations?: Readonly<Record<string, string>>;
}

/** `elan-kit.config.json` as written (config.schema.json describes exactly this). `$comment*` keys are allowed anywhere. */
export interface WrittenConfig {
  readonly $schema?: string;
  readonly vendor?: VendorInfo;
  /** `simulator`, `test`, `vendor` or an `https://` base URL. */
  readonly target?: TargetName | (string & {});
  readonly modelVersion?: ModelVersion;
  readonly lang?: 'nb' | 'en';
  readonly out?: string;
  readonly allowProduction?: boolean;
  readonly checks?: { readonly preset?: string; readonly only?: readonly string[]; readonly skip?: readonly string[] };
  readonly maskinporten?: {
    readonly clientId?: string;
    readonly orgnr?: string;
    readonly kid?: string;
    readonly scope?: string;
    readonly issuer?: string;
    readonly tokenEndpoint?: string;
    readonly keyFile?: string;
    readonly certificateFile?: string;
    readonly consumerOrg?: string;
    readonly systembruker?: { readonly customerOrgnr: string; readonly externalRef?: string };
  };
  readonly test?: { readonly baseUrl?: string; readonly register?: string };
  readonly tenor?: { readonly baseUrl?: string };
  readonly simulator?: {
    readonly seed?: number;
    readonly now?: string;
    readonly defects?: readonly SimulatorDefect[];
  };
  readonly vendorTarget?: {
    readonly port?: number;
    /** Only these scenario ids (default: every scenario but the opt-in kontrollutslag-<vilkår group> ones). */
    readonly scenarios?: readonly string[];
    readonly scenarioTimeoutSeconds?: number;
    readonly recordings?: string;
    readonly adapter?: {
      readonly module?: string;
      readonly command?: string;
      readonly url?: string;
      readonly timeoutSeconds?: number;
    };
  };
  /** Rates for half-years after the built-in table: [{ fra: 'YYYY-07-01', sats: 12.5 }]. */
  readonly forsinkelsesrente?: ReadonlyArray<{ readonly fra: string; readonly sats: number }>;
  readonly attestations?: Readonly<Record<string, WrittenAttestation>>;
  /** Official OpenAPI documents that replace the bundled contracts (as `--spec` does), with optional mappings. */
  readonly specs?: readonly WrittenSpec[];
  readonly [comment: `$comment${string}`]: string | undefined;
}

/** The config after validation, defaults, env vars and path resolution. */
export interface ResolvedConfig {
  /** The file it came from, when there was one. */
  readonly file: string | undefined;
  /** Relative paths in the file are resolved against this folder. */
  readonly dir: string;
  readonly vendor: VendorInfo;
  readonly target: { readonly kind: 'simulator' | 'test' | 'vendor' | 'url'; readonly url?: string };
  readonly modelVersion: ModelVersion;
  readonly lang: 'nb' | 'en';
  readonly out: string;
  readonly allowProduction: boolean;
  readonly checks: { readonly preset: string; readonly only: readonly string[]; readonly skip: readonly string[] };
  readonly maskinporten: ResolvedMaskinporten;
  /** `register`: absolute path of the Tenor register for the test target. */
  readonly test: { readonly baseUrl?: string; readonly register?: string };
  readonly tenor: { readonly baseUrl?: string };
  readonly simulator: {
    readonly seed?: number;
    readonly now?: string;
    readonly defects: readonly SimulatorDefect[];
  };
  readonly vendorTarget: {
    readonly port: number;
    readonly scenarios?: readonly string[];
    readonly scenarioTimeoutSeconds?: number;
    readonly recordings?: string;
    readonly adapter?:
      | { readonly kind: 'module'; readonly path: string; readonly timeoutSeconds?: number }
      | { readonly kind: 'command'; readonly command: string; readonly timeoutSeconds?: number }
      | { readonly kind: 'http'; readonly url: string; readonly timeoutSeconds?: number };
  };
  readonly forsinkelsesrente: ReadonlyArray<{ readonly fra: string; readonly sats: number }>;
  readonly attestations: Readonly<Record<string, WrittenAttestation>>;
  /** Official documents, `file` made absolute. */
  readonly specs: readonly OfficialSpecInput[];
}

export interface ResolvedMaskinporten {
  readonly clientId?: string;
  readonly orgnr?: string;
  readonly kid?: string;
  readonly scope?: string;
  readonly issuer?: string;
  readonly tokenEndpoint?: string;
  /** Absolute path, from the config or ELAN_KIT_MASKINPORTEN_KEY_FILE. */
  readonly keyFile?: string;
  readonly certificateFile?: string;
  readonly consumerOrg?: string;
  readonly systembruker?: { readonly customerOrgnr: string; readonly externalRef?: string };
}
