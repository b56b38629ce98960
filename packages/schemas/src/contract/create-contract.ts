import { SchemaPackageError } from '../errors/index.js';
import { appendPointer, isRecord } from '../primitives/json-pointer.js';
import { followRef, HTTP_METHODS } from './document-nodes.js';
import { hashDocument } from './hash.js';
import { createOperationValidator } from './operation-validator.js';
import { PathMatcher, serverBasePaths } from './path-matcher.js';
import { SchemaCompiler } from './schema-compiler.js';
import type { ApiName, Contract, ContractWarning, OperationInfo, OperationValidator } from './types.js';

export interface CreateContractOptions {
  readonly api: ApiName | 'custom';
  readonly version: string;
  readonly source: Contract['source'];
  /** Tolerant documents get synthesized ids and permissive validators instead of errors. */
  readonly tolerant: boolean;
  readonly file?: string;
}

export interface CreatedContract {
  readonly contract: Contract;
  /** Warnings found while indexing (more appear in `compilerWarnings()` after `precompile()`). */
  readonly warnings: readonly ContractWarning[];
  precompile(): void;
  compilerWarnings(): ContractWarning[];
}

/** Builds a Contract over an OpenAPI 3.x object. Validators are compiled on first use. */
export function createContract(document: Record<string, unknown>, options: CreateContractOptions): CreatedContract {
  const warnings: ContractWarning[] = [];
  const openapi30 = typeof document['openapi'] === 'string' && document['openapi'].startsWith('3.0');
  const compilerOptions = { openapi30, tolerant: options.tolerant, ...(options.file ? { file: options.file } : {}) };
  let bodyCompiler: SchemaCompiler | undefined;
  let parameterCompiler: SchemaCompiler | undefined;
  const compilers = {
    body: () => (bodyCompiler ??= new SchemaCompiler(document, { ...compilerOptions, coerceTypes: false })),
    parameters: () => (parameterCompiler ??= new SchemaCompiler(document, { ...compilerOptions, coerceTypes: true })),
  };

  const byId = new Map<string, OperationValidator>();
  const infos: OperationInfo[] = [];
  const matcher = new PathMatcher<OperationValidator>();
  const paths = isRecord(document['paths']) ? document['paths'] : {};

  for (const [template, item] of Object.entries(paths)) {
    const pathItem = followRef(document, item, appendPointer('/paths', template));
    if (!pathItem) continue;
    for (const method of HTTP_METHODS) {
      const node = pathItem.node[method];
      if (!isRecord(node)) continue;
      const operation = { node, pointer: appendPointer(pathItem.pointer, method) };
      const operationId = uniqueOperationId(
        node['operationId'],
        method,
        template,
        operation.pointer,
        byId,
        warnings,
        options,
      );
      const validator = createOperationValidator(
        document,
        { operationId, method: method.toUpperCase(), path: template, pathItem, operation },
        document['security'],
        compilers,
        { closesObjects: options.source === 'user-supplied' },
      );
      byId.set(operationId, validator);
      infos.push({ operationId, method: validator.method, path: template });
      matcher.add(
        method,
        serverBasePaths(node['servers'] ?? pathItem.node['servers'] ?? document['servers']),
        template,
        validator,
      );
    }
  }

  const info = isRecord(document['info']) ? document['info'] : {};
  const contract: Contract = Object.freeze({
    api: options.api,
    version: options.version,
    title: typeof info['title'] === 'string' ? info['title'] : (options.file ?? options.api),
    document,
    hash: hashDocument(document),
    source: options.source,
    operations: Object.freeze(infos),
    operation(operationId: string) {
      const found = byId.get(operationId);
      if (!found) {
        throw new SchemaPackageError(
          'ELAN_CONTRACT_UNKNOWN_OPERATION',
          `${contractLabel(options)} has no operation "${operationId}"`,
          { hint: `Known operations: ${[...byId.keys()].join(', ')}`, ...(options.file ? { file: options.file } : {}) },
        );
      }
      return found;
    },
    findOperation(method: string, pathname: string) {
      const match = matcher.match(method, pathname);
      return match ? { operation: match.value, pathParams: match.pathParams } : undefined;
    },
  });

  return {
    contract,
    warnings,
    precompile() {
      for (const operation of byId.values()) operation.precompile();
    },
    compilerWarnings: () => [...(bodyCompiler?.warnings ?? []), ...(parameterCompiler?.warnings ?? [])],
  };
}

function uniqueOperationId(
  declared: unknown,
  method: string,
  template: string,
  pointer: string,
  known: ReadonlyMap<string, unknown>,
  warnings: ContractWarning[],
  options: CreateContractOptions,
): string {
  let operationId = typeof declared === 'string' && declared !== '' ? declared : undefined;
  if (operationId === undefined) {
    operationId = `${method} ${template}`;
    if (!options.tolerant) {
      throw new SchemaPackageError('ELAN_CONTRACT_INVALID', `operation at ${pointer} has no operationId`, { pointer });
    }
    warnings.push({
      code: 'ELAN_SPEC_MISSING_OPERATION_ID',
      message: `operation ${method.toUpperCase()} ${template} has no operationId; it is called "${operationId}"`,
      pointer,
    });
  }
  if (!known.has(operationId)) return operationId;
  if (!options.tolerant) {
    throw new SchemaPackageError('ELAN_CONTRACT_INVALID', `operationId "${operationId}" is used twice`, { pointer });
  }
  let suffix = 2;
  while (known.has(`${operationId}#${suffix}`)) suffix++;
  const renamed = `${operationId}#${suffix}`;
  warnings.push({
    code: 'ELAN_SPEC_DUPLICATE_OPERATION_ID',
    message: `operationId "${operationId}" is used more than once; this one is called "${renamed}"`,
    pointer,
  });
  return renamed;
}

function contractLabel(options: CreateContractOptions): string {
  if (options.file) return options.file;
  return options.version ? `contract ${options.api} ${options.version}` : `contract ${options.api}`;
}
