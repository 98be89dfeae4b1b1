/** Dates in a search: "may 2024", "2024-10", "10 oct 2024" as spans of days, and dated records in them. */
import { isCalendarDay, MONTHS } from '../records/dates.js';

/** A span of days, both ends included, as ISO dates (YYYY-MM-DD). */
export interface DateSpan {
  readonly from: string;
  readonly to: string;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The days a date at any precision covers: "2024" → 1 Jan to 31 Dec, "2024-05" → 1 to 31 May
 * (a shorter month's last day sorts before "-31" alike). Undefined for anything else.
 */
export function spanOf(date: string): DateSpan | undefined {
  const m = ISO.exec(date);
  if (!m) return undefined;
  const [, year, month, day] = m;
  if (month && (Number(month) < 1 || Number(month) > 12)) return undefined;
  if (day && !isCalendarDay(date)) return undefined;
  if (day) return { from: date, to: date };
  if (month) return { from: `${year}-${month}-01`, to: `${year}-${month}-31` };
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** True when a record dated `date` (to `end`) shares a day with `span`. */
export function overlaps(span: DateSpan, date: string, end?: string): boolean {
  const start = spanOf(date);
  const last = spanOf(end ?? date) ?? start;
  return !!start && !!last && start.from <= span.to && last.to >= span.from;
}

/** The month a word names, 1–12: a month's name or its first three letters or more ("sept"). */
function monthOf(word: string): number | undefined {
  if (word.length < 3) return undefined;
  const i = MONTHS.findIndex((name) => name.toLowerCase().startsWith(word));
  return i < 0 ? undefined : i + 1;
}

const pad = (n: number | string) => String(n).padStart(2, '0');

// Lower-case ASCII is enough: the query is folded first, and month names are English. `\s`
// takes every kind of space, no-break and ideographic included.
const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => string | undefined][] = [
  [
    /(?<![a-z0-9-])(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?![a-z0-9-])/,
    (m) => `${m[1]}-${pad(m[2] as string)}${m[3] ? `-${pad(m[3])}` : ''}`,
  ],
  [
    /(?<![a-z0-9])(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})(?![a-z0-9])/,
    (m) => {
      const month = monthOf(m[2] as string);
      return month ? `${m[3]}-${pad(month)}-${pad(m[1] as string)}` : undefined;
    },
  ],
  [
    /(?<![a-z0-9])([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?![a-z0-9])/,
    (m) => {
      const month = monthOf(m[1] as string);
      return month ? `${m[3]}-${pad(month)}-${pad(m[2] as string)}` : undefined;
    },
  ],
  [
    /(?<![a-z0-9])([a-z]{3,9})\.?,?\s+(\d{4})(?![a-z0-9])/,
    (m) => {
      const month = monthOf(m[1] as string);
      return month ? `${m[2]}-${pad(month)}` : undefined;
    },
  ],
];

/**
 * The first date `query` names, as a span of days, and the query without it: "visits may 2024"
 * → May 2024 and "visits". A month alone ("may") is a word, not a date; so is a year alone.
 */
export function dateInQuery(query: string): { span?: DateSpan; rest: string } {
  const text = query.toLowerCase();
  for (const [pattern, date] of PATTERNS) {
    const m = pattern.exec(text);
    const iso = m && date(m);
    const span = iso ? spanOf(iso) : undefined;
    if (m && span) return { span, rest: `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}` };
  }
  return { rest: query };
}
