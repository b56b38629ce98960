import {
  OSLO_STANDARD_OFFSET_HOURS,
  OSLO_SUMMER_OFFSET_HOURS,
  OSLO_SUMMER_TIME_CHANGE_UTC_HOUR,
} from './assumptions.js';

/*
 * Norwegian civil dates by rule (A-PRIM-OSLO-TID) rather than through `Intl.DateTimeFormat`: the first zoned `Intl`
 * format loads ICU's time-zone data, which costs a process about 7 MiB of resident memory for a date.
 * Every function takes the instant; none reads a clock.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

type Instant = number | Date;

function millisOf(instant: Instant): number {
  return typeof instant === 'number' ? instant : instant.getTime();
}

/** The last Sunday of a month (0-based `month`) at the hour the clocks change, in UTC milliseconds. */
function lastSundayChange(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0, OSLO_SUMMER_TIME_CHANGE_UTC_HOUR);
  return lastDay - new Date(lastDay).getUTCDay() * DAY_MS;
}

/** Norway's offset from UTC at an instant, in milliseconds. */
export function osloOffsetMs(instant: Instant): number {
  const ms = millisOf(instant);
  const year = new Date(ms).getUTCFullYear();
  const summer = ms >= lastSundayChange(year, 2) && ms < lastSundayChange(year, 9);
  return (summer ? OSLO_SUMMER_OFFSET_HOURS : OSLO_STANDARD_OFFSET_HOURS) * HOUR_MS;
}

/** The date in Norway at an instant, `YYYY-MM-DD`: "today in Oslo" when given now. */
export function osloDate(instant: Instant): string {
  const ms = millisOf(instant);
  return new Date(ms + osloOffsetMs(ms)).toISOString().slice(0, 10);
}

/** The year in Norway at an instant. */
export function osloYear(instant: Instant): number {
  const ms = millisOf(instant);
  return new Date(ms + osloOffsetMs(ms)).getUTCFullYear();
}

/**
 * A Norwegian date and wall-clock time with its offset, `YYYY-MM-DDThh:mm:ss+01:00` (`+02:00` in summer time), as
 * the municipality examples write dates.
 */
export function osloDateTime(date: string, time = '09:00:00'): string {
  const local = Date.parse(`${date}T${time}Z`);
  // The offset at the local wall-clock time read as UTC is right except within the hour of a change.
  const offsetHours = osloOffsetMs(local - OSLO_STANDARD_OFFSET_HOURS * HOUR_MS) / HOUR_MS;
  return `${date}T${time}+0${offsetHours}:00`;
}
