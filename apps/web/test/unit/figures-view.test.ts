import { figures, isShown } from '@policy/pakistan-2024';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarChart } from '@/components/figures/BarChart';
import {
  barsOf,
  compareCsv,
  compareMeasures,
  comparePartners,
  figurePath,
  figuresOfPartners,
  inIndicatorUnit,
} from '@/lib/figures-view';

describe('the figures comparison', () => {
  it('sets the essay’s partners side by side, a group standing for its members, and Iran', () => {
    const partners = comparePartners();
    for (const id of ['united-states', 'china', 'russia', 'india', 'afghanistan', 'saudi-arabia', 'iran'])
      expect(partners).toContain(id);
    expect(partners).not.toContain('gulf-states');
  });

  it('compares on measures at least two partners have, each cell a figure the site shows', () => {
    const measures = compareMeasures();
    expect(measures.length).toBeGreaterThan(2);
    const exportsFy24 = measures.find((m) => m.key === 'exports-sbp|2023-07-01|2024-06-30');
    expect(exportsFy24?.label).toBe('Exports, FY2023-24');
    expect(exportsFy24?.cells.get('china')?.id).toBe('exports-sbp-fy24-china');
    // India has a figure for the year, Russia has none: a cell "not reported", never zero
    expect(exportsFy24?.cells.has('india')).toBe(true);
    expect(exportsFy24?.cells.has('russia')).toBe(false);
    for (const m of measures) {
      expect(m.cells.size).toBeGreaterThanOrEqual(2);
      for (const f of m.cells.values()) expect(isShown(f), f.id).toBe(true);
    }
  });

  it('draws bars in the indicator’s unit, largest first', () => {
    const m = compareMeasures().find((x) => x.key === 'exports-sbp|2023-07-01|2024-06-30');
    const bars = barsOf(m as NonNullable<typeof m>);
    expect(bars[0]?.partner).toBe('united-states');
    expect(bars.map((b) => b.value)).toEqual([...bars.map((b) => b.value)].sort((a, b) => b - a));
    expect(inIndicatorUnit({ value: 2.082, unit: 'billion' }, { unit: 'million' })).toBeCloseTo(2082);
  });

  it('renders a chart with a text alternative and one bar per partner', () => {
    const m = compareMeasures()[0];
    const bars = barsOf(m as NonNullable<typeof m>);
    const svg = renderToStaticMarkup(
      createElement(BarChart, { bars, unit: 'million', title: 'Exports, FY2023-24' }),
    );
    expect(svg).toMatch(/^<svg[^>]*role="img"/);
    expect(svg).toContain('<title>Exports, FY2023-24, bar chart, largest first: ');
    expect(svg.match(/<rect /g)?.length).toBe(bars.length);
  });

  it('offers the comparison as CSV, one row per cell, with formula-like cells defused', () => {
    const measures = compareMeasures();
    const lines = compareCsv(measures).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'measure,indicator,period_start,period_end,partner,value,unit,currency,figure,sources',
    );
    expect(lines.length - 1).toBe(measures.reduce((n, m) => n + m.cells.size, 0));
    const [first] = measures;
    const evil = { ...(first as NonNullable<typeof first>), label: '=HYPERLINK("x")' };
    expect(compareCsv([evil]).split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""x""\)",/);
  });
});

describe('a partner’s figures', () => {
  it('gathers a group’s members’ figures, and every figure has a page to be read on', () => {
    const gulf = figuresOfPartners(['gulf-states']);
    expect(new Set(gulf.map((f) => f.partner))).toEqual(new Set(['saudi-arabia', 'united-arab-emirates']));
    for (const f of figures) if (f.partner) expect(figurePath(f)).toBe(`/actors/${f.partner}#figure-${f.id}`);
  });
});
