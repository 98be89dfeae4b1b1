/**
 * The figures layer as the site shows it: which partners /compare sets side by side, which
 * measures (one indicator over one period) it compares them on, the figure in each cell, and the
 * numbers a bar chart draws. Pure functions of the package's data, so that tests can check them.
 */
import {
  actors,
  byId,
  type Figure,
  figures,
  formatAmount,
  formatPeriod,
  type Indicator,
  indicators,
  isShown,
  relationships,
  scaleFactors,
} from '@policy/pakistan-2024';

/** One row of the comparison: an indicator over one period. */
export interface Measure {
  readonly key: string;
  readonly indicator: Indicator;
  readonly start: string;
  readonly end: string;
  /** "Exports, FY2023-24". */
  readonly label: string;
  /** The figures the site shows for it, one per partner. */
  readonly cells: ReadonlyMap<string, Figure>;
}

/**
 * The partners /compare sets side by side: the partners of the essay's relationships in their
 * order, a group standing for its members (the Gulf states are Saudi Arabia and the UAE, as the
 * official figures give them), then Iran, which reports cover where the essay does not.
 */
export function comparePartners(): readonly string[] {
  const ids = relationships.flatMap((r) =>
    r.partners.flatMap((p) => {
      const members = byId('actors', p)?.members ?? [];
      return members.length ? members : [p];
    }),
  );
  const known = new Set(actors.map((a) => a.id));
  return [...new Set([...ids, 'iran'])].filter((id) => known.has(id));
}

/** An actor's short name, else its name. */
export const partnerName = (id: string): string => {
  const a = byId('actors', id);
  return a ? (a.shortName ?? a.name) : id;
};

/** The measures on which at least two of `partners` have a figure the site shows, in indicator order, then by period. */
export function compareMeasures(partners: readonly string[] = comparePartners()): readonly Measure[] {
  const wanted = new Set(partners);
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (!f.partner || !wanted.has(f.partner) || !isShown(f)) continue;
    // Only amounts of one kind go in one row: the indicator's own currency, day amounts by year.
    const indicator = indicators.find((i) => i.id === f.indicator);
    if (!indicator || f.currency !== indicator.currencies[0]) continue;
    const start = indicator.period === 'day' ? `${f.period.start.slice(0, 4)}-01-01` : f.period.start;
    const end = indicator.period === 'day' ? `${f.period.start.slice(0, 4)}-12-31` : f.period.end;
    const key = `${f.indicator}|${start}|${end}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const order = (id: string) => indicators.findIndex((i) => i.id === id);
  return [...groups.entries()]
    .map(([key, list]) => {
      const [id, start, end] = key.split('|') as [string, string, string];
      const indicator = indicators.find((i) => i.id === id) as Indicator;
      const cells = new Map<string, Figure>();
      for (const f of list) if (!cells.has(f.partner as string)) cells.set(f.partner as string, f);
      const period =
        indicator.period === 'day' ? start.slice(0, 4) : formatPeriod({ period: { start, end } });
      return { key, indicator, start, end, label: `${indicator.shortName}, ${period}`, cells };
    })
    .filter((m) => m.cells.size >= 2)
    .sort((a, b) => order(a.indicator.id) - order(b.indicator.id) || a.start.localeCompare(b.start));
}

/** A figure's value in its indicator's unit (so that one chart's bars share a scale). */
export function inIndicatorUnit(
  f: Pick<Figure, 'value' | 'unit'>,
  indicator: Pick<Indicator, 'unit'>,
): number {
  return (f.value * scaleFactors[f.unit]) / scaleFactors[indicator.unit];
}

/** A figure's amount and period in words, for a cell or a tooltip. */
export const figureText = (f: Figure): { amount: string; period: string } => ({
  amount: formatAmount(f),
  period: formatPeriod(f),
});

/** One bar of a chart: who, how much in the indicator's unit, and the figure behind it. */
export interface Bar {
  readonly partner: string;
  readonly label: string;
  readonly value: number;
  readonly figure: Figure;
}

/** The bars of a measure, largest first: the chart's sorted view of the row. */
export function barsOf(measure: Measure): readonly Bar[] {
  return [...measure.cells.entries()]
    .map(([partner, figure]) => ({
      partner,
      label: partnerName(partner),
      value: inIndicatorUnit(figure, measure.indicator),
      figure,
    }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

/** The figures the site shows for one of the partners, grouped in indicator order. */
export function figuresOfPartners(partners: readonly string[]): readonly Figure[] {
  const ids = new Set(
    partners.flatMap((p) => {
      const members = byId('actors', p)?.members ?? [];
      return [p, ...members];
    }),
  );
  const order = (id: string) => indicators.findIndex((i) => i.id === id);
  return figures
    .filter((f) => f.partner !== undefined && ids.has(f.partner))
    .sort(
      (a, b) =>
        order(a.indicator) - order(b.indicator) ||
        a.period.start.localeCompare(b.period.start) ||
        (a.partner ?? '').localeCompare(b.partner ?? '') ||
        Number(isShown(b)) - Number(isShown(a)),
    );
}

/** The CSV the comparison offers: one row per cell shown (measure, partner), with its figure and reports. */
export function compareCsv(measures: readonly Measure[]): string {
  const cell = (v: string | number) => {
    const text = String(v);
    // A cell is quoted where it must be, and one that a spreadsheet would read as a formula is defused.
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const rows = [
    [
      'measure',
      'indicator',
      'period_start',
      'period_end',
      'partner',
      'value',
      'unit',
      'currency',
      'figure',
      'sources',
    ],
  ];
  for (const m of measures)
    for (const [partner, f] of m.cells)
      rows.push([
        m.label,
        m.indicator.id,
        f.period.start,
        f.period.end,
        partner,
        String(f.value),
        f.unit,
        f.currency,
        f.id,
        [...new Set(f.provenance.map((p) => p.source))].join('; '),
      ]);
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** For each report, the figures that cite it, in the dataset's order. */
export function figuresCiting(): Map<string, Figure[]> {
  const out = new Map<string, Figure[]>();
  for (const f of figures)
    for (const id of new Set(f.provenance.map((c) => c.source))) out.set(id, [...(out.get(id) ?? []), f]);
  return out;
}

/** Where a figure is read on the site: its partner's page (every partner is an actor with a page of its own). */
export const figurePath = (f: Pick<Figure, 'id' | 'partner'>): string | undefined =>
  f.partner ? `/actors/${f.partner}#figure-${f.id}` : undefined;
