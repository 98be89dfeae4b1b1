import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as pkg from '../src/entries/index.js';
import { toCSV, toTables } from '../src/entries/tables.js';
import { groupThousands } from '../src/query/figures-query.js';

describe('the figures layer in the package', () => {
  it('exports the indicators and figures, every figure of a known indicator', () => {
    expect(pkg.figures.length).toBeGreaterThanOrEqual(40);
    const ids = new Set(pkg.indicators.map((i) => i.id));
    for (const f of pkg.figures) expect(ids.has(f.indicator), f.id).toBe(true);
    expect(pkg.getIndicator('Exports')?.id).toBe('exports-sbp');
  });

  it('figuresOf selects by partner (any reference), indicator and period', () => {
    const china = pkg.figuresOf({ partner: 'cn' });
    expect(china.length).toBeGreaterThan(0);
    expect(china.every((f) => f.partner === 'china')).toBe(true);
    expect(pkg.figuresOf({ partner: 'china' })).toEqual(china);

    const exportsFy24 = pkg.figuresOf({ partner: 'cn', indicator: 'exports', period: 'FY2023-24' });
    expect(exportsFy24.map((f) => f.id).sort()).toEqual([
      'exports-sbp-fy24-china',
      'exports-sbp-fy24-china-revised',
    ]);
    expect(pkg.figuresOf({ partner: 'cn', indicator: 'exports', period: 'FY24', shown: true })).toEqual([
      pkg.getFigure('exports-sbp-fy24-china'),
    ]);
    // a group matches its members' figures
    const gulf = pkg.figuresOf({ partner: 'gulf-states', indicator: 'exports-sbp', period: 'FY24' });
    expect(new Set(gulf.map((f) => f.partner))).toEqual(new Set(['saudi-arabia', 'united-arab-emirates']));
    // a month holds the figures of that month, not of a year that spans it
    const june = pkg.figuresOf({ period: '2024-06' });
    expect(june.length).toBeGreaterThan(0);
    expect(june.every((f) => f.period.start >= '2024-06-01' && f.period.end <= '2024-06-30')).toBe(true);
  });

  it('figuresOf matches nothing for a filter that names nothing known or a malformed period', () => {
    expect(pkg.figuresOf({ partner: 'atlantis' })).toEqual([]);
    expect(pkg.figuresOf({ indicator: 'tonnes of wheat' })).toEqual([]);
    expect(pkg.figuresOf({ period: 'FY2023-26' })).toEqual([]);
    expect(pkg.periodBounds('FY2024-25')).toEqual({ from: '2024-07-01', to: '2025-06-30' });
  });

  it('says amounts and periods as a reader says them', () => {
    const period = (start: string, end: string) => pkg.formatPeriod({ period: { start, end } });
    expect(period('2023-07-01', '2024-06-30')).toBe('FY2023-24');
    expect(period('2024-07-01', '2024-11-30')).toBe('July–November 2024');
    expect(period('2024-06-01', '2024-06-30')).toBe('June 2024');
    expect(period('2023-01-01', '2023-12-31')).toBe('2023');
    expect(period('2024-09-25', '2024-09-25')).toBe('25 September 2024');
    expect(period('2024-12-01', '2025-01-31')).toBe('December 2024 – January 2025');
    const amount = (
      value: number,
      unit: 'million' | 'billion',
      currency: 'USD' | 'SDR',
      approximation?: 'about',
    ) => pkg.formatAmount({ value, unit, currency, ...(approximation ? { approximation } : {}) });
    expect(amount(5432.929, 'million', 'USD')).toBe('$5,432.929 million');
    expect(amount(828, 'million', 'SDR')).toBe('SDR 828 million');
    expect(amount(1, 'billion', 'USD', 'about')).toBe('about $1 billion');
  });

  it('citeFigure gives each report with its quote, formatted', () => {
    const figure = pkg.getFigure('deposit-rollover-saudi-arabia-2024-12');
    expect(figure).toBeDefined();
    const cites = pkg.citeFigure(figure as pkg.Figure, 'mla');
    expect(cites.map((c) => c.report.id)).toEqual(figure?.provenance.map((p) => p.source));
    expect(cites[0]?.quote).toContain('3.00 billion');
    expect(cites[0]?.citation).toContain('ARY News');
    expect(cites[0]?.citation).toContain('arynews.tv');
  });

  it('figures.csv is tidy: one row per figure, with its reports and whether the site shows it', () => {
    const table = toTables(pkg.dataset).find((t) => t.name === 'figures');
    expect(table?.rows.length).toBe(pkg.figures.length);
    expect(table?.references).toEqual({
      indicator: 'indicators',
      partner: 'actors',
      shows: 'figures',
      disagrees_with: 'figures',
      sources: 'sources',
    });
    const csv = toCSV(table as NonNullable<typeof table>).split('\r\n');
    const header = (csv[0] as string).split(',');
    const row = csv.find((l) => l.startsWith('exports-sbp-fy24-afghanistan-544,')) as string;
    expect(header.slice(0, 3)).toEqual(['id', 'title', 'indicator']);
    expect(row).toContain(
      ',544.008,million,USD,exact,provisional,false,exports-sbp-fy24-afghanistan,exports-sbp-fy24-afghanistan,',
    );
  });
});

describe('groupThousands', () => {
  it('writes every amount (never negative, to the thousandth the data records) as en-US toLocaleString does, without loading ICU', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }).map((n) => n / 1000),
        (value) => {
          expect(groupThousands(value)).toBe(value.toLocaleString('en-US', { maximumFractionDigits: 6 }));
        },
      ),
      { numRuns: 2000 },
    );
    for (const f of pkg.figures)
      expect(groupThousands(f.value), f.id).toBe(
        f.value.toLocaleString('en-US', { maximumFractionDigits: 6 }),
      );
  });
});
