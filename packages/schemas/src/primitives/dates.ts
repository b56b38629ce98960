/**
 * The same day one year earlier (`YYYY-MM-DD`; 29 February becomes 28 February). A date before it is more than a
 * year older than `date`. String arithmetic, no Date objects.
 */
export function oneYearBefore(date: string): string {
  const year = String(Number(date.slice(0, 4)) - 1).padStart(4, '0');
  const monthDay = date.slice(5);
  return `${year}-${monthDay === '02-29' ? '02-28' : monthDay}`;
}
