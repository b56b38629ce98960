import {
  OSLO_STANDARD_OFFSET_HOURS,
  OSLO_SUMMER_OFFSET_HOURS,
  OSLO_SUMMER_TIME_CHANGE_UTC_HOUR,
} from './assumptions.js';

/*
 * Norwegian civil dates by rule rather than through `Intl.DateTimeFormat`: the first zoned `Intl` format loads
 * ICU's time-zone data, which costs the process about 7 MiB of resident memory for two answers (a date, a year).
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** The last Sunday of a month (0-based `month`) at the hour the clocks change, in UTC milliseconds. */
function lastSundayChange(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0, OSLO_SUMMER_TIME_CHANGE_UTC_HOUR);
  return lastDay - new Date(lastDay).getUTCDay() * DAY_MS;
}

/** Norway's offset from UTC at an instant, in milliseconds. */
export function osloOffsetMs(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const summer = utcMs >= lastSundayChange(year, 2) && utcMs < lastSundayChange(year, 9);
  return (summer ? OSLO_SUMMER_OFFSET_HOURS : OSLO_STANDARD_OFFSET_HOURS) * HOUR_MS;
}

/** The date in Norway at an instant, `YYYY-MM-DD`. */
export function osloDate(utcMs: number): string {
  return new Date(utcMs + osloOffsetMs(utcMs)).toISOString().slice(0, 10);
}

/** The year in Norway at an instant. */
export function osloYear(utcMs: number): number {
  return new Date(utcMs + osloOffsetMs(utcMs)).getUTCFullYear();
}
