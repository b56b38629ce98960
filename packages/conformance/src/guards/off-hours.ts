import { TEST_ENVIRONMENT_SUPPORT_HOURS } from '../assumptions.js';

const weekdayIndex: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** True inside the test environment's supported hours (weekdays 08:00–15:45 Europe/Oslo). */
export function isWithinSupportHours(date: Date, hours = TEST_ENVIRONMENT_SUPPORT_HOURS): boolean {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: hours.timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = weekdayIndex[part('weekday')] ?? 0;
  const minutes = Number(part('hour')) * 60 + Number(part('minute'));
  return (
    (hours.weekdays as readonly number[]).includes(weekday) && minutes >= hours.fromMinutes && minutes < hours.toMinutes
  );
}
