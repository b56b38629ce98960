import swagger2openapi from 'swagger2openapi';
import { SchemaPackageError } from '../errors/index.js';
import { isRecord } from '../primitives/json-pointer.js';

/**
 * Swagger 2.0 (older SwaggerHub exports) → OpenAPI 3.0 with swagger2openapi, patching what it can instead of
 * refusing; external references are not fetched.
 */
export async function convertSwagger2(
  document: Record<string, unknown>,
  file: string,
): Promise<Record<string, unknown>> {
  try {
    const result: unknown = await swagger2openapi.convertObj(
      document as never,
      {
        patch: true,
        warnOnly: true,
        resolve: false,
        direct: true,
      } as never,
    );
    const openapi = isRecord(result) && isRecord(result['openapi']) ? result['openapi'] : result;
    if (!isRecord(openapi) || typeof openapi['openapi'] !== 'string')
      throw new Error('the converter returned no document');
    return openapi;
  } catch (cause) {
    throw new SchemaPackageError(
      'ELAN_CONTRACT_INVALID',
      `${file} is Swagger 2.0 and could not be converted to OpenAPI 3: ${(cause as Error).message}`,
      { cause, file, pointer: '/swagger', hint: "Convert it with SwaggerHub's OpenAPI 3 export and load that file." },
    );
  }
}
