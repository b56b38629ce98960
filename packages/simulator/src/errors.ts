import { ElanError, type SimulatorErrorCode } from '@elan-kit/schemas';

export type { SimulatorErrorCode } from '@elan-kit/schemas';

/** An error from the simulator's own API (options, admin calls, listening); never a contract answer. */
export class SimulatorError extends ElanError<SimulatorErrorCode> {
  override name = 'SimulatorError';
}
