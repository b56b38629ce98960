export type InspectorErrorCode =
  | 'ELAN_INSPECTOR_FORBIDDEN'
  | 'ELAN_INSPECTOR_NOT_FOUND'
  | 'ELAN_INSPECTOR_BAD_REQUEST'
  | 'ELAN_INSPECTOR_UNAVAILABLE'
  | 'ELAN_INSPECTOR_FAILED'
  | 'ELAN_INSPECTOR_PORT_IN_USE';

/** An error of the inspector's own API; `status` is the HTTP status it is answered with. */
export class InspectorError extends Error {
  override readonly name = 'InspectorError';
  readonly code: InspectorErrorCode;
  readonly status: number;

  constructor(code: InspectorErrorCode, status: number, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = status;
  }
}
