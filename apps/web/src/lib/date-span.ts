import { formatDate } from '@policy/pakistan-2024';

/**
 * A span of dates as its two ends are written, the start without what the end repeats:
 * ["22", "24 April 2024"], ["30 October", "2 November 2024"], ["1979", "1989"]; and the dash
 * between them, spaced when an end has spaces in it.
 */
export function spanParts(date: string, end: string): { start: string; dash: string; end: string } {
  const [sy, sm, sd] = date.split('-');
  const [ey, em, ed] = end.split('-');
  const full = formatDate(date);
  const last = formatDate(end);
  let start = full;
  if (sd && ed && sy === ey) start = sm === em ? String(Number(sd)) : full.slice(0, full.lastIndexOf(' '));
  return { start, dash: start.includes(' ') ? ' – ' : '–', end: last };
}
