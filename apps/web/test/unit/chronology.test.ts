import { chronology, dimensionKinds, type ReportSource, reports } from '@policy/pakistan-2024';
import { describe, expect, it } from 'vitest';
import { citedBy, monthsOf, reportView } from '@/lib/chronology';
import { spanParts } from '@/lib/date-span';
import { groupByDimension } from '@/lib/dimension-groups';
import { figuresCiting } from '@/lib/figures-view';
import { resultKind } from '@/lib/search-view';

describe('reports', () => {
  it('lists, for each report, the events (or, for the figures layer, the figures) that cite it', () => {
    const cites = citedBy();
    const figures = figuresCiting();
    for (const r of reports)
      expect((cites.get(r.id)?.length ?? 0) + (figures.get(r.id)?.length ?? 0), r.id).toBeGreaterThan(0);
  });

  const report = (over: Partial<ReportSource>): ReportSource => ({
    id: 'r',
    kind: 'report',
    publisher: 'Dawn',
    url: 'https://example.org/a',
    accessed: '2026-11-28',
    language: 'en',
    publisherType: 'newspaper',
    reach: 'national',
    ...over,
  });

  it('says plainly when the copy read showed no headline or no date', () => {
    expect(reportView(report({}))).toMatchObject({
      publisher: 'Dawn',
      missing: 'no headline and no date of publication on the copy we read',
      accessed: '28 November 2026',
    });
    expect(reportView(report({ title: 'Talks end' })).missing).toBe(
      'no date of publication on the copy we read',
    );
    expect(reportView(report({ published: '2024-10-15' })).missing).toBe('no headline on the copy we read');
    const full = reportView(report({ title: 'Talks end', published: '2024-10-15', via: 'Reuters' }));
    expect(full).toMatchObject({ headline: 'Talks end', published: '15 October 2024', via: 'Reuters copy' });
    expect(full.missing).toBeUndefined();
  });
});

describe('months and dates', () => {
  it('groups events by the month they start in, months in order, empty ones left out', () => {
    const months = monthsOf([
      { id: 'b', date: '2024-03-02' },
      { id: 'a', date: '2024-01-31', end: '2024-02-02' },
      { id: 'c', date: '2024-03-01' },
    ]);
    expect(months.map((m) => [m.month, m.label, m.events.map((e) => e.id)])).toEqual([
      ['2024-01', 'January 2024', ['a']],
      ['2024-03', 'March 2024', ['c', 'b']],
    ]);
    expect(monthsOf(chronology).flatMap((m) => m.events)).toHaveLength(chronology.length);
  });

  it('writes a span without repeating what its end says', () => {
    expect(spanParts('2024-04-22', '2024-04-24')).toEqual({ start: '22', dash: '–', end: '24 April 2024' });
    expect(spanParts('2024-10-30', '2024-11-02')).toEqual({
      start: '30 October',
      dash: ' – ',
      end: '2 November 2024',
    });
    expect(spanParts('2023-12-30', '2024-01-02').start).toBe('30 December 2023');
    expect(spanParts('1979', '1989')).toEqual({ start: '1979', dash: '–', end: '1989' });
  });
});

describe('groupByDimension', () => {
  const vocabulary = dimensionKinds.map((d) => d.value);
  type K = (typeof vocabulary)[number];
  const e = (id: string, dimensions: K[]) => ({ id, dimensions });

  it('files each event once, under the first of its dimensions in the essay’s order, and names it under the others', () => {
    const groups = groupByDimension<K, ReturnType<typeof e>>(
      ['strategic', 'security', 'diplomatic'],
      [e('a', ['diplomatic', 'security']), e('b', ['diplomatic']), e('c', ['defence', 'diplomatic'])],
      vocabulary,
    );
    expect(
      groups.map((g) => [g.kind, g.inEssay, g.events.map((x) => x.id), g.alsoConcerning.map((x) => x.id)]),
    ).toEqual([
      ['security', true, ['a'], []],
      ['diplomatic', true, ['b', 'c'], ['a']],
      ['defence', false, [], ['c']],
    ]);
  });

  it('files an event under a dimension the essay lacks for the relationship, after the essay’s, and one with none last', () => {
    const groups = groupByDimension<K, ReturnType<typeof e>>(
      ['security'],
      [e('x', []), e('y', ['energy', 'trade']), e('z', ['security'])],
      vocabulary,
    );
    expect(groups.map((g) => [g.kind, g.events.map((x) => x.id)])).toEqual([
      ['security', ['z']],
      ['energy', ['y']],
      ['trade', []],
      [undefined, ['x']],
    ]);
  });
});

describe('search results name their layer', () => {
  it('marks the chronology and its reports, and leaves the essay’s records as they are', () => {
    expect(resultKind('chronology')).toBe('Event of the year, from news reports');
    expect(resultKind('sources', 'report')).toBe('News report');
    expect(resultKind('sources', 'essay')).toBe('The essay');
    expect(resultKind('relationships')).toBe('Relationship');
  });
});
