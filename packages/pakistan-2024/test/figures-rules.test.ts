import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { numbersIn, periodProblem, quoteAgrees } from '../src/check/lint-figures.js';
import { compileDataFolder, formatFileIssue } from '../src/entries/compile.js';
import { formatIssue, validate } from '../src/entries/schema.js';
import { rules } from '../src/rules/rules.js';
import type { Dataset } from '../src/schema/index.js';
import { goodDataFolder, goodDataset } from './helpers.js';

/** Validates a mutated copy of valid data and returns `path  rule  message` lines. */
function issuesAfter(mutate: (d: Dataset) => void): string[] {
  const data = goodDataset();
  mutate(data);
  return validate(data).issues.map(formatIssue);
}

/** The figure of `id` in `d`, with its index. */
function figure(d: Dataset, id: string): { f: Dataset['figures'][number]; i: number } {
  const i = d.figures.findIndex((x) => x.id === id);
  expect(i, `figure ${id}`).toBeGreaterThanOrEqual(0);
  return { f: d.figures[i] as Dataset['figures'][number], i };
}

describe('numbers in quotes', () => {
  it('reads thousands separators, decimals and scale words with or without a space', () => {
    const values = (q: string) => numbersIn(q).map((n) => n.value);
    expect(values("Pakistan's exports to the US totaled $5,432.929 million")).toEqual([5_432_929_000]);
    expect(values('the total FDI in FY24 stood at $1.9bn')).toEqual([24, 1_900_000_000]);
    expect(values('a net FDI of $137.29m')).toEqual([137_290_000]);
    expect(values('imports from Iran amounted to USD944 million')).toEqual([944_000_000]);
    expect(values('exceeding $ 1 billion, the highest ever')).toEqual([1_000_000_000]);
    expect(values('surged 41.15pc to $2.082bn')).toEqual([41.15, 2_082_000_000]);
  });

  it('accepts a rounding at the quote’s precision and nothing further off', () => {
    const [quoted] = numbersIn('$2.707 billion');
    expect(quoted && quoteAgrees({ value: 2707.225, unit: 'million' }, quoted)).toBe(true);
    expect(quoted && quoteAgrees({ value: 2708, unit: 'million' }, quoted)).toBe(false);
    const [whole] = numbersIn('$5.43 billion');
    expect(whole && quoteAgrees({ value: 5432.929, unit: 'million' }, whole)).toBe(true);
    expect(whole && quoteAgrees({ value: 5.444, unit: 'billion' }, whole)).toBe(false);
  });
});

describe('periods follow the indicator’s convention', () => {
  it('a fiscal year from 1 July to the end of a month before the next 1 July', () => {
    expect(periodProblem({ start: '2023-07-01', end: '2024-06-30' }, 'fiscal-year')).toBeUndefined();
    expect(periodProblem({ start: '2024-07-01', end: '2024-11-30' }, 'fiscal-year')).toBeUndefined();
    expect(periodProblem({ start: '2024-01-01', end: '2024-06-30' }, 'fiscal-year')).toMatch(
      /starts on 1 July/,
    );
    expect(periodProblem({ start: '2023-07-01', end: '2024-07-31' }, 'fiscal-year')).toMatch(/June 2024/);
    expect(periodProblem({ start: '2023-07-01', end: '2024-06-29' }, 'fiscal-year')).toMatch(/last day/);
  });
  it('a calendar year, a whole month, one day', () => {
    expect(periodProblem({ start: '2023-01-01', end: '2023-12-31' }, 'calendar-year')).toBeUndefined();
    expect(periodProblem({ start: '2023-07-01', end: '2024-06-30' }, 'calendar-year')).toBeDefined();
    expect(periodProblem({ start: '2024-02-01', end: '2024-02-29' }, 'month')).toBeUndefined();
    expect(periodProblem({ start: '2024-02-01', end: '2024-03-31' }, 'month')).toBeDefined();
    expect(periodProblem({ start: '2024-09-25', end: '2024-09-25' }, 'day')).toBeUndefined();
    expect(periodProblem({ start: '2024-09-25', end: '2024-09-26' }, 'day')).toBeDefined();
  });
});

describe('the figures rules on the dataset', () => {
  it('are in the one rule list, and the data passes them', () => {
    for (const id of [
      'figure-unit',
      'figure-period',
      'figure-breakdown',
      'figure-quote',
      'figure-disagreement',
    ])
      expect(rules).toHaveProperty(id);
    expect(issuesAfter(() => {}).filter((l) => /figure-|figures\[/.test(l))).toEqual([]);
  });

  it('figure-unit: a currency the indicator is not given in; schema: one outside the vocabulary', () => {
    const lines = issuesAfter((d) => {
      figure(d, 'fdi-net-sbp-fy24-china').f.currency = 'SDR';
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^figures\[\d+\]\.currency {2}figure-unit {2}SDR is not a currency of indicator "fdi-net-sbp"/,
      ),
    );
    const bad = issuesAfter((d) => {
      (figure(d, 'fdi-net-sbp-fy24-china').f as { unit: string }).unit = 'crore';
    });
    expect(bad).toContainEqual(expect.stringMatching(/^figures\[\d+\]\.unit {2}schema {2}/));
  });

  it('figure-period: a period against the convention, and an end before the start', () => {
    const lines = issuesAfter((d) => {
      figure(d, 'remittances-june-2024-saudi-arabia').f.period.end = '2024-07-31';
    });
    expect(lines).toContainEqual(
      expect.stringMatching(/^figures\[\d+\]\.period {2}figure-period {2}a monthly period/),
    );
    const reversed = issuesAfter((d) => {
      figure(d, 'deposit-rollover-china-2024-02').f.period.end = '2024-02-01';
    });
    expect(reversed).toContainEqual(
      expect.stringMatching(/period\.end {2}schema {2}.*cannot end before it starts/),
    );
  });

  it('figure-breakdown: partners adding up to more than the total', () => {
    const lines = issuesAfter((d) => {
      figure(d, 'fdi-net-sbp-fy24-china').f.value = 1900;
      // keep the quote check quiet: this test is about the sum
      figure(d, 'fdi-net-sbp-fy24-china').f.provenance[0] = {
        source: 'daily-times-china-top-investor-fy24',
        quote: 'the total FDI in FY24 stood at $1.9bn',
      };
    });
    const { i } = figure(goodDataset(), 'fdi-net-sbp-fy24-total');
    expect(lines).toContain(
      `figures[${i}].value  figure-breakdown  the partners' figures (fdi-net-sbp-fy24-china, fdi-net-sbp-fy24-united-states) add up to 2.037 billion, more than this total of 1.9 billion`,
    );
  });

  it('figure-quote: a value the quote does not carry, after scaling', () => {
    const lines = issuesAfter((d) => {
      figure(d, 'exports-sbp-fy24-saudi-arabia').f.value = 701.335;
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^figures\[\d+\]\.provenance\[0\]\.quote {2}figure-quote {2}no number of the quote \(710\.335 million, 503\.851 million\) agrees with the value 701\.335 million$/,
      ),
    );
    // the same amount in another unit still agrees
    expect(
      issuesAfter((d) => {
        const { f } = figure(d, 'exports-sbp-fy24-saudi-arabia');
        f.value = 0.710335;
        f.unit = 'billion';
      }).filter((l) => l.includes('figure-quote')),
    ).toEqual([]);
  });

  it('figure-disagreement: one-sided, another period, or a shown figure outside the group', () => {
    const oneSided = issuesAfter((d) => {
      const { f } = figure(d, 'exports-sbp-fy24-afghanistan-544');
      delete f.disagreesWith;
      delete f.shows;
      delete f.disagreementNote;
    });
    expect(oneSided).toContainEqual(
      expect.stringMatching(/figure-disagreement {2}"exports-sbp-fy24-afghanistan-544" must list/),
    );
    const shown = issuesAfter((d) => {
      figure(d, 'exports-sbp-fy24-afghanistan').f.shows = 'exports-sbp-fy24-china';
    });
    expect(shown).toContainEqual(
      expect.stringMatching(/\.shows {2}figure-disagreement {2}"exports-sbp-fy24-china" is neither/),
    );
    const other = issuesAfter((d) => {
      figure(d, 'exports-sbp-fy24-afghanistan-544').f.partner = 'india';
    });
    expect(other).toContainEqual(expect.stringMatching(/figure-disagreement {2}.*another partner or period/));
  });
});

describe('a broken figure in the data folder', () => {
  it('is one line naming file, line and column', () => {
    const dir = goodDataFolder();
    const file = 'figures/exports-sbp-fy24-saudi-arabia.yaml';
    const text = readFileSync(join(dir, file), 'utf8');
    writeFileSync(join(dir, file), text.replace(/^value: .*$/m, 'value: 701.335'));
    const { issues } = compileDataFolder(dir);
    const lines = issues.map((i) => formatFileIssue({ ...i, file: i.file.slice(dir.length + 1) }));
    const quoteLine = text.split('\n').findIndex((l) => l.includes('quote:')) + 1;
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^figures/exports-sbp-fy24-saudi-arabia\\.yaml:${quoteLine}:\\d+ {2}figure-quote {2}no number`,
        ),
      ),
    );
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
  });
});
