/**
 * Lookups over the figures layer: the figures of a partner, an indicator or a period, which of
 * several disagreeing figures the site shows. Pure functions over a dataset, free of zod.
 */

import { dayBound, formatDate } from '../records/dates.js';
import type { Dataset, Figure, Indicator } from '../schema/index.js';
import type { Lookup } from './lookup.js';

/** What `figuresOf` selects by; every filter given must hold, and none means every figure. */
export interface FigureFilter {
  /** A partner, by id, ISO code, name or alias ("cn", "KSA"); a group also matches its members' figures. */
  readonly partner?: string;
  /** An indicator, by id, name or short name ("exports-sbp", "Exports"). */
  readonly indicator?: string;
  /**
   * A period the figure's period lies within: a fiscal year (`FY2023-24`, `FY24`), a year (`2024`),
   * a month (`2024-06`), a day, or `{ from, to }` days.
   */
  readonly period?: string | { readonly from: string; readonly to: string };
  /** Only the figures the site shows, leaving out those a disagreement sets aside. */
  readonly shown?: boolean;
}

/** The first and last day of a period named as `figuresOf` accepts, or undefined when malformed. */
export function periodBounds(period: FigureFilter['period']): { from: string; to: string } | undefined {
  if (period === undefined) return undefined;
  if (typeof period !== 'string') return period;
  const fy = /^FY(?:(\d{4})-(\d{2})|(\d{2}))$/i.exec(period);
  if (fy) {
    // FY2023-24 and FY24 both name the year that ends in June 2024.
    const end = fy[1] ? Number(fy[1]) + 1 : 2000 + Number(fy[3]);
    if (fy[1] && (Number(fy[1]) + 1) % 100 !== Number(fy[2])) return undefined;
    return { from: `${end - 1}-07-01`, to: `${end}-06-30` };
  }
  if (/^\d{4}$/.test(period)) return { from: `${period}-01-01`, to: `${period}-12-31` };
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return { from: `${period}-01`, to: `${period}-${String(last).padStart(2, '0')}` };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return { from: period, to: period };
  return undefined;
}

/** True when the figure is the one the site shows (it has no disagreement, or is the one shown). */
export const isShown = (figure: Pick<Figure, 'id' | 'shows'>): boolean =>
  (figure.shows ?? figure.id) === figure.id;

/** The figures that pass every filter given, in the dataset's order. A filter naming nothing known matches none. */
export function selectFigures(
  data: Pick<Dataset, 'figures'>,
  lookup: Lookup,
  filter: FigureFilter = {},
): Figure[] {
  const tests: ((f: Figure) => boolean)[] = [];
  if (filter.partner !== undefined) {
    const actor = lookup.get('actors', filter.partner);
    const ids = new Set(actor ? [actor.id, ...(actor.members ?? [])] : []);
    tests.push((f) => f.partner !== undefined && ids.has(f.partner));
  }
  if (filter.indicator !== undefined) {
    const id = lookup.get('indicators', filter.indicator)?.id;
    tests.push((f) => f.indicator === id);
  }
  if (filter.period !== undefined) {
    const bounds = periodBounds(filter.period);
    tests.push((f) => bounds !== undefined && f.period.start >= bounds.from && f.period.end <= bounds.to);
  }
  if (filter.shown) tests.push(isShown);
  return data.figures.filter((f) => tests.every((t) => t(f)));
}

/** The indicator of a figure. */
export function indicatorOf(data: Pick<Dataset, 'indicators'>, figure: Pick<Figure, 'indicator'>) {
  return data.indicators.find((i) => i.id === figure.indicator) as Indicator | undefined;
}

/** A figure's amount as a reader says it: "$5,432.929 million", "about $1 billion", "SDR 828 million". */
export function formatAmount(f: Pick<Figure, 'value' | 'unit' | 'currency' | 'approximation'>): string {
  const number = f.value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  const amount = f.currency === 'USD' ? `$${number} ${f.unit}` : `${f.currency} ${number} ${f.unit}`;
  const prefix = f.approximation === 'about' ? 'about ' : f.approximation === 'more-than' ? 'more than ' : '';
  return `${prefix}${amount}`;
}

const monthOf = (day: string) => formatDate(day.slice(0, 7));

/**
 * A figure's period as a reader says it: "FY2023-24", "July–November 2024", "June 2024", "2023",
 * "25 September 2024"; any other span as its first and last day.
 */
export function formatPeriod(f: Pick<Figure, 'period'>): string {
  const { start, end } = f.period;
  if (start === end) return formatDate(start);
  const [sy, sm] = start.split('-');
  const [ey, em] = end.split('-');
  const monthEnd = dayBound(end.slice(0, 7), 'end') === end;
  if (start.endsWith('-01') && monthEnd) {
    if (sm === '07' && em === '06' && Number(ey) === Number(sy) + 1) return `FY${sy}-${(ey ?? '').slice(2)}`;
    if (sm === '01' && em === '12' && sy === ey) return String(sy);
    if (sy === ey && sm === em) return monthOf(start);
    if (sy === ey) return `${monthOf(start).split(' ')[0]}–${monthOf(end)}`;
    return `${monthOf(start)} – ${monthOf(end)}`;
  }
  return `${formatDate(start)} – ${formatDate(end)}`;
}
