import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { citationCff } from '../src/cite/citation-cff.js';
import { citeDataset, cslDataset } from '../src/entries/index.js';
import { builtData, essaysIn, packageRoot } from './helpers.js';

const file = join(packageRoot, '..', '..', 'CITATION.cff');

describe('CITATION.cff at the repository root', () => {
  const text = readFileSync(file, 'utf8');
  const { meta } = builtData();
  const sources = essaysIn(builtData());

  it('is the one the package writes from its metadata and release record today', () => {
    // Out of step after a change to meta.yaml or the sources: pnpm --filter @policy/pakistan-2024 citation:write
    expect(text).toBe(citationCff(meta, sources));
  });

  it('reads the same under YAML 1.1 and 1.2, with the release date as a string', () => {
    const v12 = parse(text);
    expect(parse(text, { version: '1.1' })).toEqual(v12);
    expect(v12).toMatchObject({
      'cff-version': '1.2.0',
      type: 'dataset',
      title: meta.title,
      version: meta.version,
      'date-released': meta.released,
      authors: [{ name: '@policy/pakistan-2024 contributors' }],
      license: meta.license.data,
    });
    expect(v12.url).toBe(cslDataset(meta).URL);
    expect(citeDataset(meta, 'apa')).toContain(v12.url);
  });

  it('credits the essay under references', () => {
    const { references } = parse(text);
    expect(references).toHaveLength(sources.length);
    for (const [i, s] of sources.entries())
      expect(references[i]).toMatchObject({
        title: s.title,
        year: s.year,
        url: s.url,
        publisher: { name: s.publisher },
      });
  });

  it('leaves the release date out before a release', () => {
    const { released: _r, ...unreleased } = meta;
    expect(citationCff(unreleased, sources)).not.toContain('date-released');
  });
});
