import { appendPointer } from '../primitives/json-pointer.js';
import type { SchemaError } from './types.js';

/**
 * The JSON pointer of the element a schema error is about. ajv reports a missing or an unknown property at its
 * parent (`instancePath`); the property itself is what a reader looks for, so it is appended.
 */
export function schemaErrorPointer(error: SchemaError): string {
  const { params } = error;
  const child =
    error.keyword === 'required'
      ? params['missingProperty']
      : error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties'
        ? (params['additionalProperty'] ?? params['unevaluatedProperty'])
        : undefined;
  return typeof child === 'string' ? appendPointer(error.instancePath, child) : error.instancePath;
}
