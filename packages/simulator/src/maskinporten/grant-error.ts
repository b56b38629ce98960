/** Maskinporten's error shape: `{error, error_description, error_uri}` with an MP code (§1.7). */
export class GrantError extends Error {
  override readonly name = 'GrantError';
  readonly status: number;
  readonly error: string;
  readonly mpCode: string;

  constructor(error: string, mpCode: string, description: string, status = 400) {
    super(description);
    this.error = error;
    this.mpCode = mpCode;
    this.status = status;
  }

  toBody(traceId: string): { error: string; error_description: string; error_uri: string } {
    return {
      error: this.error,
      error_description: `${this.message} (${this.mpCode}) (trace_id: ${traceId})`,
      error_uri: `https://maskinporten.no/errors/${this.mpCode}`,
    };
  }
}

export const invalidAssertion = (detail: string, mpCode = 'MP-100') =>
  new GrantError('invalid_grant', mpCode, `Invalid assertion. ${detail}`);
export const clientAuthFailed = (detail: string, mpCode = 'MP-100') =>
  new GrantError('invalid_grant', mpCode, `Invalid assertion. Client authentication failed. ${detail}`);
export const invalidRequest = (detail: string, mpCode = 'MP-011') => new GrantError('invalid_request', mpCode, detail);
