/** Calendar days written YYYY-MM-DD, checked without any library so that the schema and the data entry can share it. */

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True when `date` (YYYY-MM-DD) names a day of the calendar: "2024-02-29" does, "2023-02-29" does not. */
export function isCalendarDay(date: string): boolean {
  if (!DAY.test(date)) return false;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}
