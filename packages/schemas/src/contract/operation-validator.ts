import { appendPointer, isRecord } from '../primitives/json-pointer.js';
import { readAsElan } from './accept-as-elan.js';
import {
  collectMediaTypes,
  collectParameters,
  essenceOf,
  followRef,
  isJsonMediaType,
  type Located,
  type MediaTypeNode,
  type ParameterNode,
  pickMediaType,
} from './document-nodes.js';
import type { CompiledValidator, SchemaCompiler } from './schema-compiler.js';
import type { HeaderValues, OperationValidator, SchemaError } from './types.js';

export interface OperationSource {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly pathItem: Located;
  readonly operation: Located;
}

export interface Compilers {
  /** Bodies: no type coercion. */
  body(): SchemaCompiler;
  /** Headers, query and path parameters: strings coerced to the documented types. */
  parameters(): SchemaCompiler;
}

/** OpenAPI says these header parameters are ignored; transport and auth handle them. */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

export function createOperationValidator(
  document: unknown,
  source: OperationSource,
  documentSecurity: unknown,
  compilers: Compilers,
  options: { readonly closesObjects: boolean },
): OperationValidator {
  const { operation } = source;
  const parameters = collectParameters(document, source.pathItem, operation);
  const requestBody = followRef(
    document,
    operation.node['requestBody'],
    appendPointer(operation.pointer, 'requestBody'),
  );
  const requestMedia = requestBody ? collectMediaTypes(requestBody) : [];
  const responses = isRecord(operation.node['responses']) ? operation.node['responses'] : {};
  const responseStatuses = Object.keys(responses);
  const headerNames = declaredHeaders(parameters);

  const headerValidator = lazy(() => compileParameters(compilers.parameters(), parameters, 'header'));
  const queryValidator = lazy(() => compileParameters(compilers.parameters(), parameters, 'query'));
  const pathValidator = lazy(() => compileParameters(compilers.parameters(), parameters, 'path'));
  const bodyValidators = new Map<string, CompiledValidator>();
  const responseValidators = new Map<string, CompiledValidator>();

  const mediaValidator = (cache: Map<string, CompiledValidator>, key: string, media: MediaTypeNode) => {
    let validator = cache.get(key);
    if (!validator) {
      validator = compilers.body().compile(media.schema, media.schemaPointer);
      cache.set(key, validator);
    }
    return validator;
  };

  const validateRequestBody = (body: unknown, contentType?: string): SchemaError[] => {
    if (!requestBody) return [];
    if (body === undefined) {
      return requestBody.node['required'] === true
        ? [
            customError(
              '',
              appendPointer(requestBody.pointer, 'required'),
              'required',
              { missingProperty: 'body' },
              'request body is required',
              'forespørselen mangler kropp',
            ),
          ]
        : [];
    }
    const media = pickMediaType(requestMedia, contentType);
    if (!media) return [contentTypeError(requestBody.pointer, contentType, requestMedia)];
    if (media.schema === undefined) return [];
    const value = isJsonMediaType(media.mediaType) ? body : normalizeBinary(body);
    return mediaValidator(bodyValidators, media.mediaType, media)(value);
  };

  const readRequestBody = (body: unknown, contentType?: string) => {
    const media = body === undefined ? undefined : pickMediaType(requestMedia, contentType);
    if (!media || media.schema === undefined || !isJsonMediaType(media.mediaType) || !isRecord(document)) {
      return { body, errors: validateRequestBody(body, contentType), ignored: [] };
    }
    const reading = readAsElan(document, media.schema, body, { closed: options.closesObjects });
    return { ...reading, errors: validateRequestBody(reading.body, contentType) };
  };

  const responseMedia = new Map<string, { media: MediaTypeNode[]; pointer: string }>();
  const responseFor = (key: string) => {
    let found = responseMedia.get(key);
    if (!found) {
      const at = appendPointer(responsesPointer(operation), key);
      const response = followRef(document, responses[key], at);
      found = { media: response ? collectMediaTypes(response) : [], pointer: response?.pointer ?? at };
      responseMedia.set(key, found);
    }
    return found;
  };

  const responseKeyFor = (status: number): string | undefined => {
    const exact = String(status);
    if (exact in responses) return exact;
    const range = `${Math.floor(status / 100)}XX`;
    const rangeKey = responseStatuses.find((key) => key.toUpperCase() === range);
    if (rangeKey) return rangeKey;
    return 'default' in responses ? 'default' : undefined;
  };

  const validateResponse = (status: number, body: unknown, contentType?: string): SchemaError[] => {
    const key = responseKeyFor(status);
    const responsesAt = responsesPointer(operation);
    if (key === undefined) {
      return [
        customError(
          '',
          responsesAt,
          'status',
          { status, documented: responseStatuses },
          `status ${status} is not documented for ${source.operationId} (documented: ${responseStatuses.join(', ')})`,
          `statuskoden ${status} er ikke dokumentert for ${source.operationId} (dokumentert: ${responseStatuses.join(', ')})`,
        ),
      ];
    }
    const { media, pointer: responsePointer } = responseFor(key);
    if (media.length === 0) {
      return hasBody(body)
        ? [
            customError(
              '',
              responsePointer,
              'body',
              { status },
              `status ${status} has no documented body`,
              `statuskoden ${status} har ingen dokumentert kropp`,
            ),
          ]
        : [];
    }
    const picked = pickMediaType(media, contentType);
    if (!picked) return [contentTypeError(responsePointer, contentType, media)];
    if (picked.schema === undefined) return [];
    if (!hasBody(body)) {
      return [
        customError(
          '',
          responsePointer,
          'required',
          { missingProperty: 'body' },
          'response body is missing',
          'svaret mangler kropp',
        ),
      ];
    }
    const value = isJsonMediaType(picked.mediaType) ? body : normalizeBinary(body);
    return mediaValidator(responseValidators, `${key}\u0000${picked.mediaType}`, picked)(value);
  };

  return {
    operationId: source.operationId,
    method: source.method,
    path: source.path,
    requestContentTypes: requestMedia.map((media) => media.mediaType),
    responseStatuses,
    security: readSecurity(operation.node['security'] ?? documentSecurity),
    validateRequestBody,
    readRequestBody,
    validateRequestHeaders: (headers) => headerValidator()(pickHeaders(headers, headerNames)),
    validateQuery: (query) => queryValidator()(pickValues(query, parameters, 'query')),
    validatePathParams: (params) => pathValidator()(pickValues(params, parameters, 'path')),
    validateResponse,
    precompile() {
      headerValidator();
      queryValidator();
      pathValidator();
      for (const media of requestMedia) {
        if (media.schema !== undefined) mediaValidator(bodyValidators, media.mediaType, media);
      }
      for (const key of responseStatuses) {
        for (const media of responseFor(key).media) {
          if (media.schema !== undefined) mediaValidator(responseValidators, `${key}\u0000${media.mediaType}`, media);
        }
      }
    },
  };
}

function responsesPointer(operation: Located): string {
  return appendPointer(operation.pointer, 'responses');
}

function compileParameters(compiler: SchemaCompiler, parameters: readonly ParameterNode[], location: string) {
  const selected = parameters.filter(
    (parameter) =>
      parameter.in === location && !(location === 'header' && IGNORED_HEADERS.has(parameter.name.toLowerCase())),
  );
  if (selected.length === 0) return () => [];
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  // Each parameter schema is referenced by pointer, so the compiler registers it like any other schema.
  for (const parameter of selected) {
    properties[parameter.name] = { $ref: refFor(parameter.schemaPointer) };
    if (parameter.required) required.push(parameter.name);
  }
  return compiler.compile({ type: 'object', properties, required }, selected[0]!.schemaPointer);
}

function refFor(pointer: string): string {
  return `#${pointer.split('/').map(encodeURIComponent).join('/')}`;
}

/** Lower-case header name → documented name. */
function declaredHeaders(parameters: readonly ParameterNode[]): ReadonlyMap<string, string> {
  const declared = new Map<string, string>();
  for (const parameter of parameters) {
    if (parameter.in === 'header') declared.set(parameter.name.toLowerCase(), parameter.name);
  }
  return declared;
}

function pickHeaders(headers: HeaderValues, declared: ReadonlyMap<string, string>): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(headers)) {
    const documented = declared.get(name.toLowerCase());
    if (documented === undefined || value === undefined) continue;
    picked[documented] = typeof value === 'string' ? value : value.join(', ');
  }
  return picked;
}

function pickValues(
  values: Readonly<Record<string, string | readonly string[] | undefined>>,
  parameters: readonly ParameterNode[],
  location: string,
): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const parameter of parameters) {
    if (parameter.in !== location) continue;
    const value = values[parameter.name];
    if (value !== undefined) picked[parameter.name] = typeof value === 'string' ? value : [...value];
  }
  return picked;
}

function readSecurity(security: unknown): Readonly<Record<string, readonly string[]>>[] {
  if (!Array.isArray(security)) return [];
  return security.filter(isRecord).map((requirement) => {
    const entry: Record<string, readonly string[]> = {};
    for (const [scheme, scopes] of Object.entries(requirement)) {
      entry[scheme] = Array.isArray(scopes) ? scopes.filter((scope): scope is string => typeof scope === 'string') : [];
    }
    return entry;
  });
}

function hasBody(body: unknown): boolean {
  return body !== undefined && body !== null && body !== '';
}

/** Files in multipart bodies and raw bodies: stand in a string so `type: string, format: binary` accepts them. */
function normalizeBinary(value: unknown): unknown {
  if (isBinary(value)) return binaryPlaceholder(value);
  if (Array.isArray(value)) return value.map((item) => (isBinary(item) ? binaryPlaceholder(item) : item));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    out[key] = isBinary(field)
      ? binaryPlaceholder(field)
      : Array.isArray(field)
        ? field.map((item) => (isBinary(item) ? binaryPlaceholder(item) : item))
        : field;
  }
  return out;
}

function isBinary(value: unknown): value is Uint8Array | ArrayBuffer {
  return value instanceof Uint8Array || value instanceof ArrayBuffer;
}

function binaryPlaceholder(value: Uint8Array | ArrayBuffer): string {
  return `[binary ${value.byteLength} bytes]`;
}

function customError(
  instancePath: string,
  documentPointer: string,
  keyword: string,
  params: Record<string, unknown>,
  message: string,
  messageNb: string,
): SchemaError {
  return { instancePath, schemaPath: `#${documentPointer}`, keyword, params, message, messageNb };
}

function contentTypeError(
  pointer: string,
  contentType: string | undefined,
  media: readonly MediaTypeNode[],
): SchemaError {
  const allowed = media.map((entry) => entry.mediaType);
  return customError(
    '',
    appendPointer(pointer, 'content'),
    'contentType',
    { contentType: contentType === undefined ? undefined : essenceOf(contentType), allowed },
    `content type ${contentType ?? '(none)'} is not documented (documented: ${allowed.join(', ') || 'none'})`,
    `innholdstypen ${contentType ?? '(ingen)'} er ikke dokumentert (dokumentert: ${allowed.join(', ') || 'ingen'})`,
  );
}

function lazy<T>(create: () => T): () => T {
  let value: T | undefined;
  let created = false;
  return () => {
    if (!created) {
      value = create();
      created = true;
    }
    return value as T;
  };
}
