export const API_NAMES = [
  'utleggsbegjaering',
  'betjeningskartet',
  'status',
  'innsyn',
  'kommune',
  'maskinporten',
] as const;
export type ApiName = (typeof API_NAMES)[number];

/** One validation finding, in ajv's structure. `instancePath` is a JSON pointer into the validated value. */
export interface SchemaError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly message: string;
  /** The same message in bokmål, for Norwegian reports (the bundled validators always set it). */
  readonly messageNb?: string;
}

export type ContractWarningCode =
  | 'ELAN_SPEC_OPENAPI_VERSION'
  | 'ELAN_SPEC_UNDEFINED_SECURITY_SCHEME'
  | 'ELAN_SPEC_DISCRIMINATOR_WITHOUT_MAPPING'
  | 'ELAN_SPEC_DISCRIMINATOR_IGNORED'
  | 'ELAN_SPEC_NULLABLE_IN_3_1'
  | 'ELAN_SPEC_UNKNOWN_FORMAT'
  | 'ELAN_SPEC_UNRESOLVED_REF'
  | 'ELAN_SPEC_MISSING_OPERATION_ID'
  | 'ELAN_SPEC_DUPLICATE_OPERATION_ID'
  | 'ELAN_SPEC_SCHEMA_NOT_COMPILABLE'
  | 'ELAN_SPEC_NO_OPERATIONS'
  | 'ELAN_SPEC_SWAGGER_2_CONVERTED'
  | 'ELAN_SPEC_OPERATION_NOT_MAPPED';

/** Something in a user-supplied document the kit worked around; `pointer` locates it in the document. */
export interface ContractWarning {
  readonly code: ContractWarningCode;
  readonly message: string;
  readonly pointer?: string;
}

export interface OperationInfo {
  readonly operationId: string;
  /** Upper case, e.g. `POST`. */
  readonly method: string;
  /** The path template as written in the document (full paths in the bundled documents). */
  readonly path: string;
}

export type HeaderValues = Readonly<Record<string, string | readonly string[] | undefined>>;
export type QueryValues = Readonly<Record<string, string | readonly string[] | undefined>>;

export interface OperationValidator extends OperationInfo {
  /** Media types of the request body, e.g. `application/json`; empty when the operation takes no body. */
  readonly requestContentTypes: readonly string[];
  /** Status codes as documented (`200`, `4XX`, `default`). */
  readonly responseStatuses: readonly string[];
  /** Security alternatives: each entry maps scheme name → scopes (or roles) it needs. Empty = no auth. */
  readonly security: readonly Readonly<Record<string, readonly string[]>>[];
  /**
   * Validates a request body. For `multipart/form-data` pass the fields as an object; binary values
   * (Uint8Array, ArrayBuffer) are accepted wherever a string is allowed.
   */
  validateRequestBody(body: unknown, contentType?: string): SchemaError[];
  /** Header names are matched case-insensitively; `instancePath` uses the documented name (`/Korrelasjonsid`). */
  validateRequestHeaders(headers: HeaderValues): SchemaError[];
  /** Query parameters; values are coerced to the documented types (`?maksAntall=5` is the integer 5). */
  validateQuery(query: QueryValues): SchemaError[];
  /** Path parameters, e.g. the `pathParams` that `findOperation` returned. */
  validatePathParams(params: Readonly<Record<string, string>>): SchemaError[];
  /** Undocumented status ⇒ one error with keyword `status`; undocumented media type ⇒ keyword `contentType`. */
  validateResponse(status: number, body: unknown, contentType?: string): SchemaError[];
  /** Compiles every validator of the operation now instead of on first use (e.g. before serving traffic). */
  precompile(): void;
}

export interface OperationMatch {
  readonly operation: OperationValidator;
  readonly pathParams: Record<string, string>;
}

export interface Contract {
  readonly api: ApiName | 'custom';
  /** Model version (`'1.0'`) for versioned APIs; `''` for APIs with a single document. */
  readonly version: string;
  readonly title: string;
  /** The bundled OpenAPI object. */
  readonly document: Readonly<Record<string, unknown>>;
  /** `sha256:<64 hex>` over the document's canonical JSON. */
  readonly hash: string;
  readonly source: 'bundled' | 'user-supplied';
  readonly operations: readonly OperationInfo[];
  /** Throws SchemaPackageError `ELAN_CONTRACT_UNKNOWN_OPERATION` for an unknown id. */
  operation(operationId: string): OperationValidator;
  /** Matches a request (pathname without query string) against every path, with server base paths applied. */
  findOperation(method: string, pathname: string): OperationMatch | undefined;
}

export interface ContractListing {
  readonly api: ApiName;
  readonly version: string;
}
