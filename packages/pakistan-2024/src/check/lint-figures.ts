/**
 * The rules of the figures layer: a figure's currency is one its indicator is given in, its period
 * follows the indicator's convention, a partner breakdown never exceeds the total reported for the
 * same measure and period, every quote carries the recorded number, and disagreeing reports point
 * at each other. Called by `lintDataset`.
 */

import { scaleFactors } from '../registry/vocabulary.js';
import type { DataIssue } from '../rules/issue.js';
import type { Dataset, Figure, Indicator } from '../schema/index.js';

/** A number a quote carries, in units of its currency, with how finely the quote gives it. */
export interface QuotedNumber {
  readonly text: string;
  readonly value: number;
  /** Half a step of the quote's last digit, in units: how far a rounding may stand from the value. */
  readonly tolerance: number;
}

const SCALE: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
};

// A number as reports print it ("5,432.929", "1.9", "944"), then an optional scale word ("million",
// "bn", "m") that ends there ("41.15pc" is a bare 41.15). A currency sign before it ("$", "US$",
// "USD", "SDR") is not needed to read it. Both parts are greedy, so a number is never cut short.
const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*(thousand|million|billion|bn|mn|m|b)(?![a-z]))?/gi;

/** Every number in `quote`, scaled by the word after it ("568.2 million" is 568,200,000). */
export function numbersIn(quote: string): QuotedNumber[] {
  const out: QuotedNumber[] = [];
  for (const match of quote.matchAll(NUMBER)) {
    const [text, whole = '', decimals = '', word] = match;
    const scale = word ? (SCALE[word.toLowerCase()] ?? 1) : 1;
    // Digits times scale, then divided: exact for the amounts reports print (2.082bn is 2,082,000,000).
    const value = (Number(`${whole.replace(/,/g, '')}${decimals}`) * scale) / 10 ** decimals.length;
    out.push({ text: text.trim(), value, tolerance: (10 ** -decimals.length * scale) / 2 });
  }
  return out;
}

/** A figure's value in units of its currency. */
export const unitsOf = (figure: Pick<Figure, 'value' | 'unit'>): number =>
  figure.value * scaleFactors[figure.unit];

/** True when the quoted number is the recorded value, or a rounding of it at the quote's precision. */
export function quoteAgrees(figure: Pick<Figure, 'value' | 'unit'>, quoted: QuotedNumber): boolean {
  const recorded = unitsOf(figure);
  return Math.abs(quoted.value - recorded) <= quoted.tolerance + Math.abs(recorded) * 1e-12;
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const parts = (day: string) => day.split('-').map(Number) as [number, number, number];
const isMonthEnd = (day: string) => {
  const [y, m, d] = parts(day);
  return d === lastDay(y, m);
};

/** Why `period` does not follow `convention`, or undefined when it does. */
export function periodProblem(period: Figure['period'], convention: Indicator['period']): string | undefined {
  const { start, end } = period;
  const [sy, sm, sd] = parts(start);
  const [ey, em] = parts(end);
  switch (convention) {
    case 'fiscal-year': {
      if (sm !== 7 || sd !== 1) return `a fiscal-year period starts on 1 July, not ${start}`;
      const ok = isMonthEnd(end) && ((ey === sy && em >= 7) || (ey === sy + 1 && em <= 6));
      return ok
        ? undefined
        : `a fiscal-year period ends on the last day of a month from July ${sy} to June ${sy + 1}, not ${end}`;
    }
    case 'calendar-year':
      return start === `${sy}-01-01` && end === `${sy}-12-31`
        ? undefined
        : `a calendar-year period runs from 1 January to 31 December of one year, not ${start} to ${end}`;
    case 'month':
      return sd === 1 && ey === sy && em === sm && isMonthEnd(end)
        ? undefined
        : `a monthly period runs from the first to the last day of one month, not ${start} to ${end}`;
    case 'day':
      return start === end ? undefined : `an amount of one day starts and ends on it, not ${start} to ${end}`;
  }
}

/** The figure the site shows among those that disagree with `figure` (itself when none do). */
export const shownId = (figure: Figure): string => figure.shows ?? figure.id;

/** The issues of the figures rules in `data` (empty when all hold). */
export function lintFigures(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const indicators = new Map(data.indicators.map((x) => [x.id, x]));
  const byId = new Map(data.figures.map((f, i) => [f.id, { figure: f, index: i }]));

  data.figures.forEach((figure, i) => {
    const at = ['figures', i] as const;
    const indicator = indicators.get(figure.indicator);
    if (indicator) {
      if (!indicator.currencies.includes(figure.currency))
        issues.push({
          rule: 'figure-unit',
          path: [...at, 'currency'],
          message: `${figure.currency} is not a currency of indicator "${indicator.id}" (${indicator.currencies.join(', ')})`,
        });
      const problem = periodProblem(figure.period, indicator.period);
      if (problem)
        issues.push({
          rule: 'figure-period',
          path: [...at, 'period'],
          message: `${problem} (indicator "${indicator.id}" is ${indicator.period})`,
        });
    }
    figure.provenance.forEach((citation, j) => {
      const numbers = numbersIn(citation.quote);
      if (numbers.some((n) => quoteAgrees(figure, n))) return;
      issues.push({
        rule: 'figure-quote',
        path: [...at, 'provenance', j, 'quote'],
        message: numbers.length
          ? `no number of the quote (${numbers.map((n) => n.text).join(', ')}) agrees with the value ${figure.value} ${figure.unit}`
          : `the quote carries no number; quote the words that give ${figure.value} ${figure.unit}`,
      });
    });
    if (figure.disagreesWith && figure.shows) {
      const { disagreesWith, shows } = figure;
      if (![figure.id, ...disagreesWith].includes(shows))
        issues.push({
          rule: 'figure-disagreement',
          path: [...at, 'shows'],
          message: `"${shows}" is neither this figure nor one it disagrees with`,
        });
      disagreesWith.forEach((id, j) => {
        const other = byId.get(id)?.figure;
        if (!other) return; // the reference rule names an unknown id
        const where = [...at, 'disagreesWith', j] as const;
        if (
          other.partner !== figure.partner ||
          other.period.start !== figure.period.start ||
          other.period.end !== figure.period.end
        )
          issues.push({
            rule: 'figure-disagreement',
            path: where,
            message: `"${id}" is for another partner or period; figures disagree only about the same partner and period`,
          });
        else if (!other.disagreesWith?.includes(figure.id) || other.shows !== shows)
          issues.push({
            rule: 'figure-disagreement',
            path: where,
            message: `"${id}" must list "${figure.id}" in its disagreesWith and show the same figure ("${shows}")`,
          });
      });
    }
  });
  issues.push(...breakdowns(data));
  return issues;
}

/**
 * For each indicator, period and currency with a total, the partners' shown figures add up to no
 * more than the shown total. A group is left out when a member of it has its own figure.
 */
function breakdowns(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const members = new Map(data.actors.map((a) => [a.id, a.members ?? []]));
  const shown = data.figures
    .map((figure, index) => ({ figure, index }))
    .filter(({ figure }) => shownId(figure) === figure.id);
  const key = (f: Figure) => JSON.stringify([f.indicator, f.period.start, f.period.end, f.currency]);
  const groups = new Map<string, { figure: Figure; index: number }[]>();
  for (const entry of shown) groups.set(key(entry.figure), [...(groups.get(key(entry.figure)) ?? []), entry]);
  for (const entries of groups.values()) {
    const total = entries.find(({ figure }) => figure.partner === undefined);
    if (!total) continue;
    const partners = new Set(entries.map(({ figure }) => figure.partner));
    const counted = entries.filter(
      ({ figure: f }) =>
        f.partner !== undefined && !(members.get(f.partner) ?? []).some((m) => partners.has(m)),
    );
    const sum = counted.reduce((s, { figure }) => s + unitsOf(figure), 0);
    const whole = unitsOf(total.figure);
    if (sum > whole * (1 + 1e-9)) {
      const scale = scaleFactors[total.figure.unit];
      issues.push({
        rule: 'figure-breakdown',
        path: ['figures', total.index, 'value'],
        message: `the partners' figures (${counted.map(({ figure }) => figure.id).join(', ')}) add up to ${+(sum / scale).toFixed(3)} ${total.figure.unit}, more than this total of ${total.figure.value} ${total.figure.unit}`,
      });
    }
  }
  return issues;
}
