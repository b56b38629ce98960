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
  /** An explicit operation mapping names an operation that does not exist. */
  | 'ELAN_CONTRACT_MAPPING_INVALID'
  /** No operation of an official document could be matched to one of the kit's, or two documents claim one API. */
  | 'ELAN_CONTRACT_UNMAPPABLE'
  /** `codeListValues(name)` / `findCodeValue(name, …)` named a code list the kit does not have. */
  | 'ELAN_CODE_LIST_UNKNOWN'
  /** `validateBegjaering` was asked for a model version other than 0.9, 1.0, 1.1, 2.0 or `auto`. */
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
