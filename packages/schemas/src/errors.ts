/** Stable codes of every error `@elan-kit/schemas` throws. */
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
  /** `codeListValues(name)` / `findCodeValue(name, …)` named a code list the kit does not have. */
  | 'ELAN_CODE_LIST_UNKNOWN'
  /** `validateBegjaering` was asked for a model version not in MODEL_VERSIONS and not `auto`. */
  | 'ELAN_MODEL_VERSION_UNKNOWN';

export interface SchemaPackageErrorOptions {
  readonly cause?: unknown;
  /** What the user can do about it. */
  readonly hint?: string;
  /** The file the error is about. */
  readonly file?: string;
  /** JSON pointer (RFC 6901) into the document. */
  readonly pointer?: string;
}

export class SchemaPackageError extends Error {
  override readonly name = 'SchemaPackageError';
  readonly code: SchemaPackageErrorCode;
  readonly hint?: string;
  readonly file?: string;
  readonly pointer?: string;

  constructor(code: SchemaPackageErrorCode, message: string, options: SchemaPackageErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.hint !== undefined) this.hint = options.hint;
    if (options.file !== undefined) this.file = options.file;
    if (options.pointer !== undefined) this.pointer = options.pointer;
  }
}

export function isSchemaPackageError(value: unknown): value is SchemaPackageError {
  return value instanceof SchemaPackageError;
}
