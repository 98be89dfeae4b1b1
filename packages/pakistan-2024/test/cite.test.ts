import { describe, expect, it } from 'vitest';
import * as pkg from '../src/entries/index.js';
import {
  type CitableMeta,
  type CitableReport,
  type CitableSource,
  citationFormats,
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

const meta: CitableMeta = {
  name: '@policy/pakistan-2024',
  title: "Pakistan's foreign policy in 2024",
  version: '1.2.3',
  year: 2024,
  homepage: 'https://example.org/policy',
};
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
  it('names the contributors, title, version, year, "data set" and the URL in APA', () => {
    expect(citeDataset(meta, 'apa')).toBe(
      "The @policy/pakistan-2024 contributors. (2024). Pakistan's foreign policy in 2024 (Version 1.2.3) [Data set]. https://example.org/policy",
    );
  });

  it('cites a record inside the dataset', () => {
    expect(citeDataset(meta, 'apa', record)).toBe(
      "The @policy/pakistan-2024 contributors. (2024). Pakistan–China [Record relationships/pakistan-china]. In Pakistan's foreign policy in 2024 (Version 1.2.3) [Data set]. https://example.org/policy",
    );
    expect(citeDataset(meta, 'mla', record)).toBe(
      'The @policy/pakistan-2024 contributors. "Pakistan–China." Pakistan\'s foreign policy in 2024, version 1.2.3, 2024, example.org/policy.',
    );
    expect(citeDataset(meta, 'chicago', record)).toContain(
      '"Pakistan–China." In Pakistan\'s foreign policy in 2024.',
    );
  });

  it('leaves the URL out when the metadata has none, and falls back to the repository', () => {
    const { homepage: _h, ...bare } = meta;
    expect(citeDataset(bare, 'apa')).toMatch(/\[Data set\]\.$/);
    expect(citeDataset(bare, 'chicago')).toMatch(/Data set, 2024\.$/);
    expect(citeDataset({ ...bare, repository: 'https://example.org/repo' }, 'mla')).toMatch(
      /, example\.org\/repo\.$/,
    );
  });

  it('writes MLA and Chicago with the version and year', () => {
    expect(citeDataset(meta, 'mla')).toBe(
      "The @policy/pakistan-2024 contributors. Pakistan's foreign policy in 2024. Version 1.2.3, 2024, example.org/policy.",
    );
    expect(citeDataset(meta, 'chicago')).toBe(
      "The @policy/pakistan-2024 contributors. Pakistan's foreign policy in 2024. Version 1.2.3. Data set, 2024. https://example.org/policy.",
    );
  });

  it('writes a BibTeX entry with a group author kept whole', () => {
    const entry = citeDataset(meta, 'bibtex');
    expect(entry.startsWith('@misc{policy-pakistan-2024,\n')).toBe(true);
    expect(entry).toMatch(/author\s+= \{\{The @policy\/pakistan-2024 contributors\}\}/);
    expect(entry).toMatch(/version\s+= \{1\.2\.3\}/);
    expect(entry).toMatch(/url\s+= \{https:\/\/example\.org\/policy\}\n\}$/);
    expect(citeDataset(meta, 'bibtex', record)).toMatch(/^@misc\{policy-pakistan-2024-pakistan-china,/);
  });

  it('writes CSL-JSON that parses, as an array of one dataset item', () => {
    const items = JSON.parse(citeDataset(meta, 'csl-json', record));
    expect(items).toEqual([cslDataset(meta, record)]);
    expect(items[0]).toMatchObject({
      type: 'dataset',
      title: 'Pakistan–China',
      'container-title': "Pakistan's foreign policy in 2024",
      version: '1.2.3',
      issued: { 'date-parts': [[2024]] },
      URL: 'https://example.org/policy',
    });
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

  it('writes a CSL-JSON webpage item with a split author name', () => {
    const [item] = JSON.parse(citeSource(source, 'csl-json'));
    expect(item).toEqual(cslSource(source));
    expect(item.author).toEqual([{ family: 'Khan', given: 'Amna Noor' }]);
    expect(item.type).toBe('webpage');
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
