import { citeDataset, citeSource, cslDataset, cslSource, meta, sources } from '@policy/pakistan-2024';
import { describe, expect, it } from 'vitest';
import { oneLineError, policy, policyJson } from './helpers.js';

const [essay] = sources;
if (!essay) throw new Error('the dataset has no source');
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('policy cite', () => {
  it('cites the dataset and credits the original essay (APA by default)', () => {
    const r = policy(['cite']);
    expect(r.code).toBe(0);
    const out = squash(r.stdout);
    expect(out).toContain(citeDataset(meta, 'apa'));
    expect(out).toContain(squash(citeSource(essay, 'apa')));
  });

  it.each(['apa', 'mla', 'chicago'] as const)('prints the package strings in %s', (format) => {
    const out = squash(policy(['cite', '--format', format]).stdout);
    expect(out).toContain(citeDataset(meta, format));
    expect(out).toContain(citeSource(essay, format));
  });

  it('prints BibTeX entries for the dataset and the essay, ready for a .bib file', () => {
    const out = policy(['cite', '--format', 'bibtex']).stdout;
    expect(out.trim()).toBe(
      [citeDataset(meta, 'bibtex'), ...sources.map((s) => citeSource(s, 'bibtex'))].join('\n\n'),
    );
    expect(out.match(/^@misc\{/gm)).toHaveLength(1 + sources.length);
  });

  it('prints one CSL-JSON array with both items', () => {
    const items = policyJson<unknown[]>(['cite', '--format', 'csl-json']);
    expect(items).toEqual([cslDataset(meta), ...sources.map(cslSource)]);
  });

  it('cites a record: the record in the dataset, the essay, and the passages the record draws on', () => {
    const out = policyJson<{
      format: string;
      dataset: string;
      sources: { id: string; citation: string; passages: { section: string[]; paragraphs: number[] }[] }[];
    }>(['cite', 'cn', '--json']);
    expect(out.format).toBe('apa');
    expect(out.dataset).toBe(
      citeDataset(meta, 'apa', {
        collection: 'relationships',
        id: 'pakistan-china',
        title: 'Pakistan–China',
      }),
    );
    expect(out.sources[0]?.citation).toBe(citeSource(essay, 'apa'));
    expect(out.sources[0]?.passages).toContainEqual({
      source: essay.id,
      section: ['Pakistan-China Relations', 'All-Weather Strategic Partnership'],
      paragraphs: [1],
    });
    const text = squash(policy(['cite', 'China', '--format', 'mla']).stdout);
    expect(text).toContain('"Pakistan–China."');
    expect(text).toContain('Passages: ');
  });

  it('exits 1 with "did you mean" for an unknown record', () => {
    const r = policy(['cite', 'pakistan-chna']);
    expect(r.code).toBe(1);
    expect(oneLineError(r)).toMatch(/no record matches "pakistan-chna"; did you mean pakistan-china/);
  });
});
