/**
 * Fixed one-second windows per client on the wall clock (the virtual clock can jump; rate limits should not).
 * Windows of idle clients are dropped so the map stays small.
 */
export class RateLimiter {
  readonly #limit: number;
  readonly #wall: () => number;
  #window = -1;
  #counts = new Map<string, number>();

  constructor(limitPerSecond: number, wall: () => number = Date.now) {
    this.#limit = limitPerSecond;
    this.#wall = wall;
  }

  /** Counts one request; returns the seconds to wait when the client is over its limit. */
  take(client: string): number | undefined {
    const now = this.#wall();
    const window = Math.floor(now / 1000);
    if (window !== this.#window) {
      this.#window = window;
      this.#counts = new Map();
    }
    const count = (this.#counts.get(client) ?? 0) + 1;
    this.#counts.set(client, count);
    if (count <= this.#limit) return undefined;
    return Math.max(1, Math.ceil(((window + 1) * 1000 - now) / 1000));
  }
}
