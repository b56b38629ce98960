import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { osloDate, osloDateTime, osloOffsetMs, osloYear } from '../src/index.js';

const zoned = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const zonedTime = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

/** Norway's offset at an instant according to the time-zone database. */
function databaseOffsetMs(ms: number): number {
  const part = (type: string) => Number(zonedTime.formatToParts(ms).find((p) => p.type === type)?.value);
  const local = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return local - Math.floor(ms / 60_000) * 60_000;
}

describe('Norwegian time by rule', () => {
  it('changes to summer time on the last Sunday of March and back on the last Sunday of October, at 01:00 UTC', () => {
    expect(osloOffsetMs(Date.parse('2026-03-29T00:59:59.999Z'))).toBe(3_600_000);
    expect(osloOffsetMs(Date.parse('2026-03-29T01:00:00Z'))).toBe(7_200_000);
    expect(osloOffsetMs(Date.parse('2026-10-25T00:59:59.999Z'))).toBe(7_200_000);
    expect(osloOffsetMs(Date.parse('2026-10-25T01:00:00Z'))).toBe(3_600_000);
  });

  it('dates an instant near midnight and new year as Norway does', () => {
    expect(osloDate(Date.parse('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
    expect(osloDate(Date.parse('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
    expect(osloDate(Date.parse('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    expect(osloYear(Date.parse('2026-12-31T23:00:00Z'))).toBe(2027);
    expect(osloYear(Date.parse('2026-12-31T22:59:59Z'))).toBe(2026);
  });

  it('agrees with the time-zone database for any instant from 2000 to 2060', () => {
    const from = Date.parse('2000-01-01T00:00:00Z');
    const to = Date.parse('2060-12-31T23:59:59Z');
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (ms) => {
        expect(osloDate(ms)).toBe(zoned.format(ms));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees with the time-zone database on the offset around each change from 2000 to 2060', () => {
    for (let year = 2000; year <= 2060; year++) {
      for (const month of [2, 9]) {
        const lastDay = new Date(Date.UTC(year, month + 1, 0));
        const sunday = Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay());
        for (let minutes = -26 * 60; minutes <= 26 * 60; minutes += 15) {
          const ms = sunday + minutes * 60_000;
          expect(osloOffsetMs(ms), new Date(ms).toISOString()).toBe(databaseOffsetMs(ms));
        }
      }
    }
  });

  it('takes a Date as well as milliseconds', () => {
    expect(osloDate(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
  });

  it('writes a Norwegian wall-clock time with the offset in force on that date', () => {
    expect(osloDateTime('2026-01-15')).toBe('2026-01-15T09:00:00+01:00');
    expect(osloDateTime('2026-07-01', '12:30:00')).toBe('2026-07-01T12:30:00+02:00');
    expect(osloDateTime('2026-03-29', '09:00:00')).toBe('2026-03-29T09:00:00+02:00');
    expect(osloDateTime('2026-03-28', '23:00:00')).toBe('2026-03-28T23:00:00+01:00');
    expect(osloDateTime('2026-10-25', '09:00:00')).toBe('2026-10-25T09:00:00+01:00');
  });
});
