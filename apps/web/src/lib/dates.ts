import type { Event } from '@policy/pakistan-2024';

const months = [
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

/** An ISO date at its precision for reading: "1979", "December 1979", "15 August 2021". */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? months[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? date;
}

/** An event's date or span: "2001–2021", "December 1979". */
export function formatEventDate(event: Pick<Event, 'date' | 'end'>): string {
  return event.end ? `${formatDate(event.date)}–${formatDate(event.end)}` : formatDate(event.date);
}
