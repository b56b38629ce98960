import { osloDate } from '@elan-kit/schemas';
import { SimulatorError } from './errors.js';

/**
 * The simulator's time: the wall clock plus an offset. It runs in real time from where it was started
 * and can be advanced or set, which moves cases and attachments along and expires access tokens.
 */
export class VirtualClock {
  #offsetMs = 0;
  readonly #wall: () => number;
  #todayMinute = Number.NaN;
  #today = '';

  constructor(start?: string, wall: () => number = Date.now) {
    this.#wall = wall;
    if (start !== undefined) this.#offsetMs = Date.parse(start) - wall();
  }

  nowMs(): number {
    return this.#wall() + this.#offsetMs;
  }

  nowIso(): string {
    return new Date(this.nowMs()).toISOString();
  }

  /** Today's date in Norway, `YYYY-MM-DD` (what prøving calls "today"). */
  today(): string {
    // Norway's offsets are whole hours, so its date can only change on the minute; one answer serves a minute.
    const minute = Math.floor(this.nowMs() / 60_000);
    if (minute !== this.#todayMinute) {
      this.#today = osloDate(minute * 60_000);
      this.#todayMinute = minute;
    }
    return this.#today;
  }

  advance(ms: number): string {
    if (!Number.isFinite(ms) || ms < 0) {
      throw new SimulatorError('ELAN_SIMULATOR_ADMIN_INPUT', 'The clock can only be advanced by a duration ≥ 0.');
    }
    this.#offsetMs += ms;
    return this.nowIso();
  }

  set(iso: string): string {
    const target = Date.parse(iso);
    if (Number.isNaN(target)) {
      throw new SimulatorError('ELAN_SIMULATOR_ADMIN_INPUT', `"${iso}" is not an ISO 8601 date-time.`);
    }
    this.#offsetMs = target - this.#wall();
    return this.nowIso();
  }
}

const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/**
 * A duration as milliseconds: a number, `'90s'`, `'15m'`, `'2h'`, `'3d'`, `'1w'`, or ISO 8601 (`'PT1H30M'`,
 * `'P3D'`). Returns undefined when the text is none of these.
 */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const short = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)$/.exec(text);
  if (short) return Number(short[1]) * (UNIT_MS[short[2] ?? ''] ?? Number.NaN);
  const iso = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
  if (!iso || text === 'P' || text.endsWith('T')) return /^\d+$/.test(text) ? Number(text) : undefined;
  const [, w, d, h, m, s] = iso;
  return (
    Number(w ?? 0) * UNIT_MS.w! +
    Number(d ?? 0) * UNIT_MS.d! +
    Number(h ?? 0) * UNIT_MS.h! +
    Number(m ?? 0) * UNIT_MS.m! +
    Number(s ?? 0) * 1000
  );
}
