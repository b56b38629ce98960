import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import localizeNbModule from 'ajv-i18n/localize/nb/index.js';
import { SchemaPackageError } from '../errors/index.js';
import { isRecord, localRefPointer, resolvePointer } from '../primitives/json-pointer.js';
import { convertSchema } from './schema-conversion.js';
import type { ContractWarning, SchemaError } from './types.js';

/** Base URI under which every referenced part of a document is registered with ajv. */
const BASE_URI = 'https://contract.elan-kit.invalid';

export interface SchemaCompilerOptions {
  readonly openapi30: boolean;
  /** Coerce strings to the documented types (headers, query and path parameters). */
  readonly coerceTypes: boolean;
  /** Tolerant: a schema that does not compile becomes "accept anything" plus a warning, instead of an error. */
  readonly tolerant: boolean;
  readonly file?: string;
}

export type CompiledValidator = (value: unknown) => SchemaError[];

/**
 * Compiles the schemas of one OpenAPI document with one ajv instance. Every `$ref` target is
 * registered once as its own schema (the split `$defs` layout: ajv compiles each component into
 * its own function instead of one large inlined schema, which validates markedly faster), and
 * validators are built on first use.
 */
export class SchemaCompiler {
  private readonly ajv: Ajv2020;
  private readonly registered = new Set<string>();
  private readonly formats = new Set<string>();
  readonly warnings: ContractWarning[] = [];

  constructor(
    private readonly document: unknown,
    private readonly options: SchemaCompilerOptions,
  ) {
    this.ajv = new Ajv2020({
      allErrors: true,
      strict: false,
      validateSchema: false,
      logger: false,
      coerceTypes: options.coerceTypes ? 'array' : false,
    });
    addFormats.default(this.ajv);
  }

  /** A validator for `schema`, found at `pointer` in the document (the pointer is used in messages). */
  compile(schema: unknown, pointer: string): CompiledValidator {
    let validate: ValidateFunction;
    try {
      const converted = this.convert(schema);
      validate = this.ajv.compile(isRecord(converted) || typeof converted === 'boolean' ? converted : {});
    } catch (cause) {
      if (cause instanceof SchemaPackageError) throw cause;
      const message = `the schema at ${pointer} cannot be compiled: ${(cause as Error).message}`;
      if (!this.options.tolerant) {
        throw new SchemaPackageError('ELAN_CONTRACT_SCHEMA_NOT_COMPILABLE', message, {
          cause,
          pointer,
          ...(this.options.file === undefined ? {} : { file: this.options.file }),
        });
      }
      this.warnings.push({
        code: 'ELAN_SPEC_SCHEMA_NOT_COMPILABLE',
        message: `${message}; it accepts any value`,
        pointer,
      });
      return () => [];
    }
    return (value) => (validate(value) ? [] : toSchemaErrors(validate.errors));
  }

  private convert(schema: unknown): unknown {
    return convertSchema(schema, {
      openapi30: this.options.openapi30,
      resolveRef: (ref) => this.registerRef(ref),
      onFormat: (format) => this.registerFormat(format),
    });
  }

  private registerRef(ref: string): string | undefined {
    const pointer = localRefPointer(ref);
    const target = pointer === undefined ? undefined : resolvePointer(this.document, pointer);
    if (pointer === undefined || target === undefined) {
      // Tolerant documents report these through inspectDocument; a bundled document must not have any.
      if (this.options.tolerant) return undefined;
      throw new SchemaPackageError('ELAN_CONTRACT_INVALID', `reference ${ref} does not resolve`, {
        ...(this.options.file === undefined ? {} : { file: this.options.file }),
      });
    }
    const id = schemaIdFor(pointer);
    if (this.registered.has(pointer)) return id;
    this.registered.add(pointer);
    const converted = this.convert(target);
    this.ajv.addSchema(isRecord(converted) ? converted : converted ? {} : { not: {} }, id);
    return id;
  }

  private registerFormat(format: string): void {
    if (this.formats.has(format)) return;
    this.formats.add(format);
    // Unknown formats (a user-supplied document may use any) are annotations, as JSON Schema allows.
    if (!this.ajv.formats[format]) this.ajv.addFormat(format, true);
  }
}

export function schemaIdFor(pointer: string): string {
  return BASE_URI + pointer.split('/').map(encodeURIComponent).join('/');
}

/** ajv-i18n is CommonJS (`module.exports = localize`) while its types declare a default export. */
const localizeNb = localizeNbModule as unknown as (errors: ErrorObject[]) => void;

function toSchemaErrors(errors: ErrorObject[] | null | undefined): SchemaError[] {
  const english = errors ?? [];
  // The localizer rewrites `message` in place; ajv's own objects keep the English text.
  const norwegian = english.map((error) => ({ ...error }));
  localizeNb(norwegian);
  return english.map((error, index) => ({
    instancePath: error.instancePath,
    schemaPath: toDocumentSchemaPath(error.schemaPath),
    keyword: error.keyword,
    params: error.params as Record<string, unknown>,
    message: error.message ?? error.keyword,
    messageNb: norwegian[index]?.message ?? error.message ?? error.keyword,
  }));
}

/** ajv names inlined reference targets by their registration URI; turn that back into `#/<pointer>`. */
function toDocumentSchemaPath(schemaPath: string): string {
  if (!schemaPath.startsWith(BASE_URI)) return schemaPath;
  const rest = schemaPath.slice(BASE_URI.length).split('/').map(safeDecode).join('/');
  return `#${rest}`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
