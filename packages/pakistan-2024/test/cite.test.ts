import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as pkg from '../src/entries/index.js';
import {
  type CitableMeta,
  type CitableReport,
  type CitableSource,
  citationFormats,
  citationKey,
  citeDataset,
  citedPassages,
  citeReport,
  citeSource,
  cslDataset,
  cslReport,
  cslSource,
  isCitationFormat,
  splitName,
} from '../src/entries/index.js';
import { packageRoot } from './helpers.js';

const meta: CitableMeta = {
  name: '@policy/pakistan-2024',
  title: "Pakistan's foreign policy in 2024",
  version: '1.2.3',
  released: '2026-09-05',
};
const npm = 'https://www.npmjs.com/package/@policy/pakistan-2024/v/1.2.3';
const source: CitableSource = {
  id: 'sample-essay',
  title: 'Rivers & Roads: 100% of the Story',
  author: 'Amna Noor Khan',
  publisher: 'Institute of Examples',
  url: 'https://example.org/essays/rivers',
  year: 2023,
  language: 'en',
};
const record = { collection: 'relationships', id: 'pakistan-china', title: 'Pakistan–China' };

describe('citeDataset', () => {
  it('dates the dataset by its release, not by the year it is about, and links the version on npm (APA)', () => {
    expect(citeDataset(meta, 'apa')).toBe(
      `@policy/pakistan-2024 contributors. (2026). Pakistan's foreign policy in 2024 (Version 1.2.3) [Data set]. npm. ${npm}`,
    );
  });

  it('uses the site instead of npm when the metadata names a homepage, with no separate publisher', () => {
    const site = { ...meta, homepage: 'https://example.org/policy/data' };
    expect(citeDataset(site, 'apa')).toBe(
      "@policy/pakistan-2024 contributors. (2026). Pakistan's foreign policy in 2024 (Version 1.2.3) [Data set]. https://example.org/policy/data",
    );
    expect(cslDataset(site)).not.toHaveProperty('publisher');
    expect(cslDataset(site).URL).toBe('https://example.org/policy/data');
  });

  it('says n.d. for a version that has not been released', () => {
    const { released: _r, ...unreleased } = meta;
    expect(citeDataset(unreleased, 'apa')).toContain('contributors. (n.d.). ');
    expect(citeDataset(unreleased, 'chicago')).toContain('Data set. npm, n.d. ');
    expect(cslDataset(unreleased)).not.toHaveProperty('issued');
    expect(citeDataset(unreleased, 'bibtex')).not.toMatch(/year|month/);
  });

  it('cites a record inside the dataset', () => {
    expect(citeDataset(meta, 'apa', record)).toBe(
      `@policy/pakistan-2024 contributors. (2026). Pakistan–China [Data set]. In Pakistan's foreign policy in 2024 (Version 1.2.3). npm. ${npm}`,
    );
    expect(citeDataset(meta, 'mla', record)).toBe(
      '@policy/pakistan-2024 contributors. "Pakistan–China." Pakistan\'s foreign policy in 2024, version 1.2.3, npm, 5 Sept. 2026, www.npmjs.com/package/@policy/pakistan-2024/v/1.2.3.',
    );
    expect(citeDataset(meta, 'chicago', record)).toBe(
      `@policy/pakistan-2024 contributors. "Pakistan–China." In Pakistan's foreign policy in 2024. Version 1.2.3. Data set. npm, September 5, 2026. ${npm}.`,
    );
  });

  it('writes MLA and Chicago with the version and the release date', () => {
    expect(citeDataset(meta, 'mla')).toBe(
      "@policy/pakistan-2024 contributors. Pakistan's foreign policy in 2024. Version 1.2.3, npm, 5 Sept. 2026, www.npmjs.com/package/@policy/pakistan-2024/v/1.2.3.",
    );
    expect(citeDataset(meta, 'chicago')).toBe(
      `@policy/pakistan-2024 contributors. Pakistan's foreign policy in 2024. Version 1.2.3. Data set. npm, September 5, 2026. ${npm}.`,
    );
    expect(citeDataset({ ...meta, released: '2026-06-30' }, 'mla')).toContain(', 30 June 2026, ');
  });

  it('writes a BibTeX @misc that both BibTeX and pandoc read as a dated, versioned data set', () => {
    expect(citeDataset(meta, 'bibtex')).toBe(
      [
        '@misc{pakistan-2024,',
        '  author       = {{@policy/pakistan-2024 contributors}},',
        "  title        = {{Pakistan's foreign policy in 2024}},",
        '  howpublished = {npm},',
        '  year         = {2026},',
        '  month        = sep,',
        '  version      = {1.2.3},',
        '  type         = {Data set},',
        '  note         = {Data set, version 1.2.3},',
        `  url          = {${npm}}`,
        '}',
      ].join('\n'),
    );
    expect(citeDataset(meta, 'bibtex', record)).toMatch(
      /^@misc\{pakistan-2024-relationships-pakistan-china,/,
    );
  });

  it('gives CSL-JSON items the same plain keys as the BibTeX entries', () => {
    expect(citationKey(meta)).toBe('pakistan-2024');
    expect(citationKey(meta, record)).toBe('pakistan-2024-relationships-pakistan-china');
    expect(cslDataset(meta).id).toBe('pakistan-2024');
    expect(cslDataset(meta, record).id).toBe('pakistan-2024-relationships-pakistan-china');
    expect(cslSource(source).id).toBe('sample-essay');
  });

  it('writes CSL-JSON that parses, as an array of one dataset item', () => {
    const items = JSON.parse(citeDataset(meta, 'csl-json', record));
    expect(items).toEqual([cslDataset(meta, record)]);
    expect(items[0]).toEqual({
      id: 'pakistan-2024-relationships-pakistan-china',
      type: 'dataset',
      title: 'Pakistan–China',
      'container-title': "Pakistan's foreign policy in 2024",
      author: [{ literal: '@policy/pakistan-2024 contributors' }],
      issued: { 'date-parts': [[2026, 9, 5]] },
      version: '1.2.3',
      genre: 'Data set',
      publisher: 'npm',
      URL: npm,
    });
  });

  it('dates the bundled dataset by the release record, not by its subject year', () => {
    const release = JSON.parse(readFileSync(join(packageRoot, 'release', 'release.json'), 'utf8'));
    if (release.version === pkg.meta.version) expect(pkg.meta.released).toBe(release.date);
    else expect(pkg.meta.released).toBeUndefined();
    expect(citeDataset(pkg.meta, 'apa')).not.toContain(`(${pkg.meta.year})`);
  });
});

describe('citeSource', () => {
  it('credits the essay author by family name and initials in APA', () => {
    expect(citeSource(source, 'apa')).toBe(
      'Khan, A. N. (2023). Rivers & Roads: 100% of the Story. Institute of Examples. https://example.org/essays/rivers',
    );
  });

  it('writes MLA and Chicago with the full given name', () => {
    expect(citeSource(source, 'mla')).toBe(
      'Khan, Amna Noor. "Rivers & Roads: 100% of the Story." Institute of Examples, 2023, example.org/essays/rivers.',
    );
    expect(citeSource(source, 'chicago')).toBe(
      'Khan, Amna Noor. "Rivers & Roads: 100% of the Story." Institute of Examples, 2023. https://example.org/essays/rivers.',
    );
  });

  it('escapes BibTeX special characters', () => {
    const entry = citeSource(source, 'bibtex');
    expect(entry).toMatch(/^@misc\{sample-essay,/);
    expect(entry).toContain('{{Rivers \\& Roads: 100\\% of the Story}}');
    expect(entry).toMatch(/author\s+= \{Khan, Amna Noor\}/);
  });

  it('writes a CSL-JSON article item with a split author name and its publisher once', () => {
    const [item] = JSON.parse(citeSource(source, 'csl-json'));
    expect(item).toEqual(cslSource(source));
    expect(item.author).toEqual([{ family: 'Khan', given: 'Amna Noor' }]);
    expect(item.type).toBe('article');
    expect(item.publisher).toBe('Institute of Examples');
    expect(item).not.toHaveProperty('container-title');
  });

  it('cites the bundled essay with its real author and URL in every format', () => {
    const essay = pkg.essays[0];
    expect(essay).toBeDefined();
    if (!essay) return;
    for (const { value } of citationFormats) {
      const text = citeSource(essay, value);
      expect(text).toContain(splitName(essay.author).family);
      expect(text).toContain(value === 'mla' ? essay.url.replace(/^https?:\/\//, '') : essay.url);
    }
  });
});

describe('citeReport', () => {
  const report: CitableReport = {
    id: 'dawn-sample',
    title: 'FO rejects sanctions',
    publisher: 'Dawn',
    author: 'Amna Noor Khan',
    url: 'https://www.dawn.com/news/1',
    published: '2024-09-15',
    accessed: '2026-11-28',
    language: 'en',
  };
  const bare: CitableReport = {
    id: 'x-bare',
    publisher: 'Business Recorder',
    url: 'https://example.org/r',
    accessed: '2026-11-28',
  };

  it('writes APA with the date of publication, the publisher and the day retrieved', () => {
    expect(citeReport(report, 'apa')).toBe(
      'Khan, A. N. (2024, September 15). FO rejects sanctions. Dawn. Retrieved November 28, 2026, from https://www.dawn.com/news/1',
    );
    expect(citeReport(bare, 'apa')).toBe(
      '[Report of Business Recorder]. (n.d.). Business Recorder. Retrieved November 28, 2026, from https://example.org/r',
    );
  });

  it('writes MLA and Chicago with the day accessed, and no date where the copy shows none', () => {
    expect(citeReport(report, 'mla')).toBe(
      'Khan, Amna Noor. "FO rejects sanctions." Dawn, 15 Sept. 2024, www.dawn.com/news/1. Accessed 28 Nov. 2026.',
    );
    expect(citeReport(bare, 'chicago')).toBe(
      '[Report of Business Recorder]. Business Recorder, n.d. Accessed November 28, 2026. https://example.org/r.',
    );
  });

  it('writes BibTeX and CSL-JSON with the accessed date, leaving out what the copy does not show', () => {
    const bib = citeReport(bare, 'bibtex');
    expect(bib).toMatch(/^@misc\{x-bare,/);
    expect(bib).toContain('note         = {Accessed 28 November 2026}');
    expect(bib).not.toContain('author');
    expect(bib).not.toContain('year');
    const [item] = JSON.parse(citeReport(report, 'csl-json'));
    expect(item).toEqual(cslReport(report));
    expect(item).toMatchObject({
      type: 'article-newspaper',
      issued: { 'date-parts': [[2024, 9, 15]] },
      accessed: { 'date-parts': [[2026, 11, 28]] },
      author: [{ family: 'Khan', given: 'Amna Noor' }],
    });
    expect(cslReport(bare)).not.toHaveProperty('issued');
  });

  it('cites every report of the dataset in every format without throwing', () => {
    for (const r of pkg.reports)
      for (const { value } of citationFormats)
        expect(citeReport(r, value)).toContain(value === 'mla' ? r.url.replace(/^https:\/\//, '') : r.url);
  });
});

describe('helpers', () => {
  it('splits names written either way', () => {
    expect(splitName('Shaan Abbas')).toEqual({ family: 'Abbas', given: 'Shaan' });
    expect(splitName('Abbas, Shaan')).toEqual({ family: 'Abbas', given: 'Shaan' });
  });

  it('knows its formats', () => {
    expect(citationFormats.map((f) => f.value)).toEqual(['apa', 'mla', 'chicago', 'bibtex', 'csl-json']);
    expect(isCitationFormat('bibtex')).toBe(true);
    expect(isCitationFormat('harvard')).toBe(false);
  });

  it('groups the passages a record cites by heading path, paragraphs sorted and unique', () => {
    const cite = (section: string[], paragraph: number) => ({ source: 's', section, paragraph });
    const passages = citedPassages({
      provenance: [cite(['B'], 2)],
      points: [{ text: 'x', provenance: [cite(['A'], 3), cite(['B'], 1), cite(['B'], 2)] }],
    });
    expect(passages).toEqual([
      { source: 's', section: ['B'], paragraphs: [1, 2] },
      { source: 's', section: ['A'], paragraphs: [3] },
    ]);
  });

  it('is exported from the main entry point', () => {
    expect(pkg.citeDataset).toBe(citeDataset);
    expect(pkg.citeSource).toBe(citeSource);
  });
});
