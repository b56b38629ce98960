export type SimulatorErrorCode =
  | 'ELAN_SIMULATOR_NOT_LISTENING'
  | 'ELAN_SIMULATOR_ALREADY_LISTENING'
  | 'ELAN_SIMULATOR_PORT_IN_USE'
  | 'ELAN_SIMULATOR_OPTIONS_INVALID'
  | 'ELAN_SIMULATOR_STATE_DIR'
  | 'ELAN_SIMULATOR_UNKNOWN_CASE'
  | 'ELAN_SIMULATOR_UNKNOWN_CLIENT'
  | 'ELAN_SIMULATOR_UNKNOWN_FAULT'
  | 'ELAN_SIMULATOR_ADMIN_INPUT';

/** An error from the simulator's own API (options, admin calls, listening); never a contract answer. */
export class SimulatorError extends Error {
  override readonly name = 'SimulatorError';
  readonly code: SimulatorErrorCode;
  readonly hint: string | undefined;

  constructor(code: SimulatorErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
  }
}
