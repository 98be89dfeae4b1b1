import { describe, expect, it } from 'vitest';
import { formatDate, formatEventDate } from '../src/dates.js';
import { blockContent, replaceBlock, splitAtBlock } from '../src/doc-blocks.js';
import { escapeMarkdown } from '../src/markdown-escape.js';
import { countOf, listTitle } from '../src/registry/collections.js';
import { formatScore, labelOf, trajectories } from '../src/vocabulary.js';

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
