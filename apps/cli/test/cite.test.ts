import {
  chronology,
  citeDataset,
  citeReport,
  citeSource,
  cslDataset,
  cslReport,
  cslSource,
  essays,
  meta,
  reportsOf,
} from '@policy/pakistan-2024';
import { describe, expect, it } from 'vitest';
import { oneLineError, policy, policyJson } from './helpers.js';

const [essay] = essays;
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
      [citeDataset(meta, 'bibtex'), ...essays.map((s) => citeSource(s, 'bibtex'))].join('\n\n'),
    );
    expect(out.match(/^@misc\{/gm)).toHaveLength(1 + essays.length);
  });

  it('prints one CSL-JSON array with both items', () => {
    const items = policyJson<unknown[]>(['cite', '--format', 'csl-json']);
    expect(items).toEqual([cslDataset(meta), ...essays.map(cslSource)]);
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

  it('cites an event of the chronology: the record, and every report it cites instead of the essay', () => {
    const event = chronology.find((e) => new Set(e.provenance.map((c) => c.source)).size > 1);
    if (!event) throw new Error('no event citing two reports');
    const reports = reportsOf(event);
    const out = policyJson<{
      dataset: string;
      sources: unknown[];
      reports: { id: string; citation: string; quotes: string[] }[];
    }>(['cite', event.id, '--json']);
    expect(out.dataset).toBe(
      citeDataset(meta, 'apa', { collection: 'chronology', id: event.id, title: event.title }),
    );
    expect(out.sources).toEqual([]);
    expect(out.reports).toEqual(
      reports.map((r) => ({
        id: r.id,
        citation: citeReport(r, 'apa'),
        quotes: event.provenance.filter((c) => c.source === r.id).map((c) => c.quote),
      })),
    );
    const text = squash(policy(['cite', event.id, '--format', 'chicago']).stdout);
    for (const r of reports) expect(text).toContain(squash(citeReport(r, 'chicago')));
    expect(text).toContain('Credit the reports it cites as well');
    expect(text).not.toContain('Credit the original essay');
    expect(policyJson(['cite', event.id, '--format', 'csl-json'])).toEqual([
      cslDataset(meta, { collection: 'chronology', id: event.id, title: event.title }),
      ...reports.map(cslReport),
    ]);
  });

  it('exits 1 with "did you mean" for an unknown record', () => {
    const r = policy(['cite', 'pakistan-chna']);
    expect(r.code).toBe(1);
    expect(oneLineError(r)).toMatch(/no record matches "pakistan-chna"; did you mean pakistan-china/);
  });
});
