/** Dates of the dataset (ISO 8601 at year, month or day precision) written for readers. */
import type { Event } from './schema/index.js';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True when `date` (YYYY-MM-DD) names a day of the calendar: "2024-02-29" does, "2023-02-29" does not. */
export function isCalendarDay(date: string): boolean {
  if (!DAY.test(date)) return false;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** How to write a date: month names in full ("December 1979") or short ("Dec 1979"). */
export interface DateStyle {
  readonly month?: 'long' | 'short';
}

/** A date at its precision for reading: "1947", "December 1979", "15 August 2021" (or "Dec 1979"). */
export function formatDate(date: string, style: DateStyle = {}): string {
  const [year, month, day] = date.split('-');
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  const monthName = name && style.month === 'short' ? name.slice(0, 3) : (name ?? month);
  if (!month) return year ?? date;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** An event's date, or its span joined by `dash`: "2001–2021", "1979 – 1989". */
export function formatEventDate(
  event: Pick<Event, 'date' | 'end'>,
  style: DateStyle & { readonly dash?: string } = {},
): string {
  const start = formatDate(event.date, style);
  return event.end ? `${start}${style.dash ?? '–'}${formatDate(event.end, style)}` : start;
}
