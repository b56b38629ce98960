import type { Simulator } from '@elan-kit/simulator';
import type { Clock } from '../engine/clock.js';

/** The simulator's virtual clock: waiting advances it instead of sleeping, so a run takes seconds. */
export function simulatorClock(simulator: Simulator): Clock {
  return {
    now: () => new Date(simulator.admin.clock.now()),
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      if (ms > 0) simulator.admin.clock.advance(Math.ceil(ms));
    },
  };
}
