import { ElanError, type ElanErrorOptions, type InspectorErrorCode } from '@elan-kit/schemas';

export type { InspectorErrorCode } from '@elan-kit/schemas';

/** An error of the inspector's own API; `status` is the HTTP status it is answered with. */
export class InspectorError extends ElanError<InspectorErrorCode> {
  override name = 'InspectorError';
  readonly status: number;

  constructor(code: InspectorErrorCode, status: number, message: string, options: ElanErrorOptions = {}) {
    super(code, message, options);
    this.status = status;
  }
}
