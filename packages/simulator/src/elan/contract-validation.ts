import {
  type ApiName,
  type Contract,
  loadContract,
  type OperationValidator,
  type SchemaError,
} from '@elan-kit/schemas';

/** Which bundled operation judges a route's requests. */
export interface ContractRef {
  readonly api: ApiName;
  /** Model version for utleggsbegjaering, '1.0' / '2.0' for kommune; omitted for single-document APIs. */
  readonly version?: string;
  readonly operationId: string;
}

export interface RequestInput {
  readonly body?: unknown;
  readonly contentType?: string;
  readonly query?: URLSearchParams;
  readonly params?: Readonly<Record<string, string>>;
}

/**
 * The schema step of the request pipeline. Pluggable so that a user-supplied official spec, or none,
 * can stand in for the bundled documents.
 */
export interface RequestValidation {
  validateRequest(ref: ContractRef, input: RequestInput): SchemaError[];
  /** Judges the simulator's own answer; only official documents are checked (the bundled ones are by the tests). */
  validateResponse?(ref: ContractRef, status: number, body: unknown, contentType?: string): SchemaError[];
  /** Compiles the validators up front so the first request is not slow. */
  warm?(refs: readonly ContractRef[]): void;
}

function queryObject(query: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    result[key] = values.length === 1 ? values[0]! : values;
  }
  return result;
}

export interface ContractValidationOptions {
  /**
   * Official documents (mapped onto the kit's operations) that judge instead of the bundled ones: one per API;
   * for Utleggsbegjæring it applies to the model version it was mapped onto.
   */
  readonly contracts?: readonly Contract[];
}

/** Validation against the bundled OpenAPI documents of `@elan-kit/schemas`, or the official ones given. */
export function createContractValidation(options: ContractValidationOptions = {}): RequestValidation {
  const validators = new Map<string, OperationValidator>();
  const officialFor = (ref: ContractRef): Contract | undefined =>
    options.contracts?.find(
      (contract) => contract.api === ref.api && (ref.version === undefined || contract.version === ref.version),
    );
  const validatorFor = (ref: ContractRef): OperationValidator => {
    const key = `${ref.api}|${ref.version ?? ''}|${ref.operationId}`;
    let validator = validators.get(key);
    if (!validator) {
      validator = (officialFor(ref) ?? loadContract(ref.api, ref.version)).operation(ref.operationId);
      validators.set(key, validator);
    }
    return validator;
  };
  return {
    validateRequest(ref, input) {
      const validator = validatorFor(ref);
      const errors: SchemaError[] = [];
      if (input.params && Object.keys(input.params).length > 0)
        errors.push(...validator.validatePathParams(input.params));
      if (input.query && input.query.size > 0) errors.push(...validator.validateQuery(queryObject(input.query)));
      if (input.body !== undefined || validator.requestContentTypes.length > 0) {
        errors.push(...validator.validateRequestBody(input.body, input.contentType));
      }
      return errors;
    },
    validateResponse(ref, status, body, contentType) {
      if (!officialFor(ref)) return [];
      return validatorFor(ref).validateResponse(status, body, contentType);
    },
    warm(refs) {
      for (const ref of refs) {
        const validator = validatorFor(ref);
        // ajv compiles on first use; an empty body makes that happen now rather than on a client's request.
        if (validator.requestContentTypes.length > 0)
          validator.validateRequestBody({}, validator.requestContentTypes[0]);
      }
    },
  };
}
