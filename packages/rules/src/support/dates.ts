/** `YYYY-MM-DD` one year later (29 February becomes 1 March); string arithmetic, no Date objects. */
export function addOneYear(date: string): string {
  const year = String(Number(date.slice(0, 4)) + 1).padStart(4, '0');
  const monthDay = date.slice(5);
  if (monthDay !== '02-29') return `${year}-${monthDay}`;
  const y = Number(year);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return leap ? `${year}-02-29` : `${year}-03-01`;
}
