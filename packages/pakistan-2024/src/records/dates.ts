/** Dates of the dataset (ISO 8601 at year, month or day precision) written for readers. */
import { isCalendarDay } from '../schema/calendar.js';
import type { Event } from '../schema/index.js';

export { isCalendarDay } from '../schema/calendar.js';

/** The English month names, January first. */
export const MONTHS = [
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
] as const;

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

/**
 * An event's date, or its span joined by `dash`: "2001–2021", "1979 – 1989". With `compact`, a
 * span of days drops what it repeats: "13–25 Oct 2024", "30 Oct – 2 Nov 2024".
 */
export function formatEventDate(
  event: Pick<Event, 'date' | 'end'>,
  style: DateStyle & { readonly dash?: string; readonly compact?: boolean } = {},
): string {
  const start = formatDate(event.date, style);
  if (!event.end) return start;
  const end = formatDate(event.end, style);
  const dash = style.dash ?? '–';
  const [sy, sm, sd] = event.date.split('-');
  const [ey, em, ed] = event.end.split('-');
  if (!style.compact || !sd || !ed || sy !== ey) return `${start}${dash}${end}`;
  if (sm === em) return `${Number(sd)}${dash.trim() || dash}${end}`;
  return `${start.slice(0, start.lastIndexOf(' '))}${dash}${end}`;
}

const LAST_DAY = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The first or last day of a date at any precision: `"1947"` starts on 1947-01-01 and ends on
 * 1947-12-31, `"2024-02"` ends on 2024-02-29. Undefined for anything that is not such a date.
 */
export function dayBound(date: string, side: 'start' | 'end'): string | undefined {
  const m = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return undefined;
  const [, y, mo, d] = m as unknown as [string, string, string | undefined, string | undefined];
  if (d !== undefined) return isCalendarDay(date) ? date : undefined;
  const month = mo ?? (side === 'start' ? '01' : '12');
  const day = side === 'start' ? '01' : String(LAST_DAY(Number(y), Number(month))).padStart(2, '0');
  return `${y}-${month}-${day}`;
}

/** The days a dated record covers, from the first day of `date` to the last day of `end` (or of `date`). */
export function daySpan(record: {
  readonly date: string;
  readonly end?: string | undefined;
}): [string, string] {
  return [
    dayBound(record.date, 'start') ?? record.date,
    dayBound(record.end ?? record.date, 'end') ?? record.end ?? record.date,
  ];
}

/** True when a dated record overlaps the period from `from` to `to` (days, YYYY-MM-DD; either may be open). */
export function overlaps(
  record: { readonly date: string; readonly end?: string | undefined },
  period: { readonly from?: string | undefined; readonly to?: string | undefined },
): boolean {
  const [first, last] = daySpan(record);
  return (
    (period.from === undefined || last >= period.from) && (period.to === undefined || first <= period.to)
  );
}
