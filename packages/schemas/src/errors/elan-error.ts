/**
 * The closed list of every code an elan-kit error carries, grouped by the package that throws it. Adding a code
 * means adding it here; a code that is never thrown does not belong here.
 */
export type SchemaPackageErrorCode =
  /** No bundled contract for that API/version, or the file is missing. */
  | 'ELAN_CONTRACT_NOT_FOUND'
  /** The file cannot be read or parsed as JSON/YAML. */
  | 'ELAN_CONTRACT_UNREADABLE'
  /** The document is not an OpenAPI 3.x document the kit can use. */
  | 'ELAN_CONTRACT_INVALID'
  /** `contract.operation(id)` named an operation the document does not have. */
  | 'ELAN_CONTRACT_UNKNOWN_OPERATION'
  /** A schema in the document cannot be compiled into a validator. */
  | 'ELAN_CONTRACT_SCHEMA_NOT_COMPILABLE'
  /** An explicit operation mapping names an operation that does not exist. */
  | 'ELAN_CONTRACT_MAPPING_INVALID'
  /** No operation of an official document could be matched to one of the kit's, or two documents claim one API. */
  | 'ELAN_CONTRACT_UNMAPPABLE'
  /** `codeListValues(name)` / `findCodeValue(name, …)` named a code list the kit does not have. */
  | 'ELAN_CODE_LIST_UNKNOWN'
  /** `validateBegjaering` was asked for a model version other than 0.9, 1.0, 1.1, 2.0 or `auto`. */
  | 'ELAN_MODEL_VERSION_UNKNOWN';

export type RulesErrorCode =
  | 'ELAN_RULES_DOCUMENT_NOT_OBJECT'
  | 'ELAN_RULES_UNKNOWN_MODEL_VERSION'
  | 'ELAN_RULES_INVALID_MODE'
  | 'ELAN_RULES_INVALID_TODAY'
  | 'ELAN_RULES_MISSING_EARLIER'
  | 'ELAN_RULES_UNKNOWN_VILKAAR'
  | 'ELAN_RULES_DUPLICATE_VILKAAR';

export type FixturesErrorCode =
  | 'ELAN_FIXTURES_INVALID_ARGUMENT'
  | 'ELAN_FIXTURES_INVALID_DATE'
  | 'ELAN_FIXTURES_INVALID_AMOUNT'
  | 'ELAN_FIXTURES_RATE_MISSING'
  | 'ELAN_FIXTURES_RATE_TABLE_INVALID'
  | 'ELAN_FIXTURES_UNKNOWN_PARTY'
  | 'ELAN_FIXTURES_REGISTER_EXHAUSTED'
  /** A party register file that does not match its schema, or holds a non-synthetic identifier. */
  | 'ELAN_FIXTURES_REGISTER_INVALID'
  /** A file that is not a Tenor search result, or a hit without a usable identifier. */
  | 'ELAN_FIXTURES_TENOR_INVALID'
  /** A Tenor file holding a real-looking identifier. */
  | 'ELAN_FIXTURES_NON_SYNTHETIC'
  | 'ELAN_FIXTURES_BUILDER_STATE';

export type SimulatorErrorCode =
  | 'ELAN_SIMULATOR_NOT_LISTENING'
  | 'ELAN_SIMULATOR_ALREADY_LISTENING'
  | 'ELAN_SIMULATOR_PORT_IN_USE'
  | 'ELAN_SIMULATOR_OPTIONS_INVALID'
  | 'ELAN_SIMULATOR_STATE_DIR'
  | 'ELAN_SIMULATOR_UNKNOWN_CASE'
  | 'ELAN_SIMULATOR_UNKNOWN_CLIENT'
  | 'ELAN_SIMULATOR_UNKNOWN_FAULT'
  | 'ELAN_SIMULATOR_ADMIN_INPUT'
  /** A file write or delete would leave the folder the user named (a symbolic link, `..`). */
  | 'ELAN_PATH_OUTSIDE_FOLDER';

export type ConformanceErrorCode =
  | 'ELAN_CHECK_DEFINITION'
  | 'ELAN_SHARD_INVALID'
  | 'ELAN_SHARDS_DO_NOT_MATCH'
  | 'ELAN_SELECTION_EMPTY'
  | 'ELAN_RUN_RESULT_INVALID'
  | 'ELAN_NON_SYNTHETIC_DATA'
  | 'ELAN_PRODUCTION_URL_REFUSED'
  | 'ELAN_HTTP_FAILED'
  /** A response body passed the client's byte limit; reading stopped. The target's fault. */
  | 'ELAN_HTTP_RESPONSE_TOO_LARGE'
  | 'ELAN_MASKINPORTEN_REFUSED'
  | 'ELAN_MASKINPORTEN_KEY_INVALID'
  | 'ELAN_MASKINPORTEN_CONFIG'
  | 'ELAN_TARGET_SETUP'
  | 'ELAN_VENDOR_ADAPTER_FAILED'
  | 'ELAN_PACT_INVALID'
  /** Tenor's search answered with an error or an unreadable page. */
  | 'ELAN_TENOR_FAILED'
  /** The test target was asked to send a party neither imported from Tenor nor on a published test list. */
  | 'ELAN_TEST_PARTY_UNKNOWN';

export type ReporterErrorCode =
  /** The text is not JSON at all. */
  | 'ELAN_REPORT_INVALID_JSON'
  /** The JSON is a RunResult of another schemaVersion (or has none). */
  | 'ELAN_REPORT_SCHEMA_VERSION'
  /** The JSON does not match the RunResult schema. */
  | 'ELAN_REPORT_INVALID_RESULT'
  /** A format name that no renderer is registered for. */
  | 'ELAN_REPORT_UNKNOWN_FORMAT'
  /** PDF was asked for and no local Chromium could be found. */
  | 'ELAN_CHROMIUM_NOT_FOUND'
  /** Chromium was found but could not render the PDF. */
  | 'ELAN_PDF_RENDER_FAILED';

export type InspectorErrorCode =
  /** A client the inspector does not answer (not loopback, another Host) or a write that is not from its page. */
  | 'ELAN_INSPECTOR_FORBIDDEN'
  | 'ELAN_INSPECTOR_NOT_FOUND'
  | 'ELAN_INSPECTOR_BAD_REQUEST'
  /** Finish or control asked of a source that has none. */
  | 'ELAN_INSPECTOR_UNAVAILABLE'
  /** The inspector itself failed (a bug); answered as 500. */
  | 'ELAN_INSPECTOR_FAILED'
  | 'ELAN_INSPECTOR_PORT_IN_USE';

export type CliErrorCode =
  | 'ELAN_USAGE'
  | 'ELAN_UNKNOWN_COMMAND'
  | 'ELAN_UNKNOWN_OPTION'
  | 'ELAN_INPUT_UNREADABLE'
  | 'ELAN_CONFIG_INVALID'
  | 'ELAN_SETUP';

/** Every code an elan-kit error can carry. Switch on it after `error instanceof ElanError`. */
export type ElanErrorCode =
  | SchemaPackageErrorCode
  | RulesErrorCode
  | FixturesErrorCode
  | SimulatorErrorCode
  | ConformanceErrorCode
  | ReporterErrorCode
  | InspectorErrorCode
  | CliErrorCode;

export interface ElanErrorOptions {
  /** What the user can do about it. */
  readonly hint?: string;
  readonly cause?: unknown;
}

/**
 * The base of every error elan-kit throws on purpose: a stable `code`, a message that says what is wrong and a
 * `hint` that says what to do. Anything else that reaches the user is a bug.
 */
export class ElanError<Code extends ElanErrorCode = ElanErrorCode> extends Error {
  override name = 'ElanError';
  readonly code: Code;
  readonly hint: string | undefined;

  constructor(code: Code, message: string, options: ElanErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
  }
}
