import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../src/escape/markdown-escape.js';
import {
  dayBound,
  daySpan,
  formatDate,
  formatEventDate,
  isCalendarDay,
  overlaps,
} from '../src/records/dates.js';
import { countOf, listTitle } from '../src/registry/collections.js';
import { formatScore, labelOf, trajectories } from '../src/registry/vocabulary.js';
import { blockContent, replaceBlock, splitAtBlock } from '../src/rules/doc-blocks.js';

// The small helpers the CLI and the site share for writing the data for readers.
describe('dates', () => {
  it('writes a date at its precision, with month names in full or short', () => {
    expect(formatDate('1947')).toBe('1947');
    expect(formatDate('1979-12')).toBe('December 1979');
    expect(formatDate('2021-08-15')).toBe('15 August 2021');
    expect(formatDate('2021-09-01', { month: 'short' })).toBe('1 Sep 2021');
    expect(formatEventDate({ date: '2001', end: '2021' })).toBe('2001–2021');
    expect(formatEventDate({ date: '1979-12', end: '1989-02' }, { month: 'short', dash: ' – ' })).toBe(
      'Dec 1979 – Feb 1989',
    );
  });

  it('writes a span of days compactly when asked, dropping what repeats', () => {
    const style = { month: 'short', dash: ' – ', compact: true } as const;
    expect(formatEventDate({ date: '2024-10-13', end: '2024-10-25' }, style)).toBe('13–25 Oct 2024');
    expect(formatEventDate({ date: '2024-10-30', end: '2024-11-02' }, style)).toBe('30 Oct – 2 Nov 2024');
    expect(formatEventDate({ date: '2024-12-30', end: '2025-01-02' }, style)).toBe(
      '30 Dec 2024 – 2 Jan 2025',
    );
    expect(formatEventDate({ date: '1979', end: '1989' }, style)).toBe('1979 – 1989');
    expect(formatEventDate({ date: '2024-10-13', end: '2024-10-25' })).toBe(
      '13 October 2024–25 October 2024',
    );
  });

  it('knows the days of the calendar, and the first and last day of a year or month', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2023-02-29')).toBe(false);
    expect(isCalendarDay('2024-04-31')).toBe(false);
    expect(dayBound('1947', 'start')).toBe('1947-01-01');
    expect(dayBound('2024-02', 'end')).toBe('2024-02-29');
    expect(dayBound('2024-13', 'end')).toBeUndefined();
    expect(dayBound('2024-02-30', 'start')).toBeUndefined();
    expect(daySpan({ date: '1979-12', end: '1989' })).toEqual(['1979-12-01', '1989-12-31']);
  });

  it('tells whether a dated record overlaps a period, open at either end', () => {
    const visit = { date: '2024-10-30', end: '2024-11-02' };
    expect(overlaps(visit, { from: '2024-11-01', to: '2024-11-30' })).toBe(true);
    expect(overlaps(visit, { to: '2024-10-29' })).toBe(false);
    expect(overlaps(visit, { from: '2024-11-03' })).toBe(false);
    expect(overlaps({ date: '1947' }, { from: '1947-08-14', to: '1947-08-14' })).toBe(true);
    expect(overlaps({ date: '1947' }, {})).toBe(true);
  });
});

describe('vocabulary labels and scores', () => {
  it('labels a value, and gives back a value it does not know', () => {
    expect(labelOf(trajectories, 'improving')).toBe('Improving');
    expect(labelOf(trajectories, 'sideways')).toBe('sideways');
  });

  it('writes scores with their sign, with a hyphen or a typographic minus', () => {
    expect([2, 1, 0, -1, -2].map((s) => formatScore(s))).toEqual(['+2', '+1', '0', '-1', '-2']);
    expect([2, 0, -2].map((s) => formatScore(s, '−'))).toEqual(['+2', '0', '−2']);
  });
});

describe('collection names for readers', () => {
  it('counts records in words and titles lists', () => {
    expect(countOf('sources', 1)).toBe('1 source');
    expect(countOf('actors', 19)).toBe('19 actors');
    expect(listTitle('events')).toBe('Timeline');
    expect(listTitle('chronology')).toBe('Chronology');
    expect(countOf('chronology', 60)).toBe('60 chronology events');
    expect(listTitle('themes')).toBe('Themes');
  });
});

describe('Markdown', () => {
  it('escapes the characters Markdown gives meaning to', () => {
    expect(escapeMarkdown('a *b* [c] <d> `e` _f_ |g| \\h')).toBe(
      'a \\*b\\* \\[c\\] \\<d\\> \\`e\\` \\_f\\_ \\|g\\| \\\\h',
    );
  });

  it('splits, reads and replaces a generated block, and leaves a document without one alone', () => {
    const doc = 'a\n<!-- v:start -->\nb\n<!-- v:end -->\nc';
    expect(splitAtBlock(doc, 'v')).toEqual({
      before: 'a\n',
      block: '<!-- v:start -->\nb\n<!-- v:end -->',
      after: '\nc',
    });
    expect(blockContent(doc, 'v')).toBe('b\n');
    expect(replaceBlock(doc, 'v', 'x\n')).toBe('a\n<!-- v:start -->\nx\n<!-- v:end -->\nc');
    expect(splitAtBlock('only text', 'v')).toEqual({ before: 'only text', after: '' });
    expect(replaceBlock('only text', 'v', 'x')).toBe('only text');
  });
});
