/** `YYYY-MM-DD` one year later (29 February becomes 1 March). */
export function addOneYear(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year + 1, month - 1, day));
  return next.toISOString().slice(0, 10);
}
