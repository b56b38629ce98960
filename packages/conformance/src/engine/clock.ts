/** Time as checks see it. The runner passes the wall clock; the simulator target passes its virtual clock. */
export interface Clock {
  now(): Date;
  /** Waits `ms` of this clock's time; rejects with the signal's reason when aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export function createSystemClock(): Clock {
  return {
    now: () => new Date(),
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }, ms);
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
      }),
  };
}

/** A clock that only moves when told to: deterministic tests. */
export function createManualClock(start: Date | string): Clock & { advance(ms: number): void } {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      current += Math.max(0, ms);
    },
    advance: (ms) => {
      current += ms;
    },
  };
}
