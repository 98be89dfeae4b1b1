import {
  chronology,
  collectionEntry,
  collectionNames,
  DATASET_AUTHOR,
  essays,
  meta,
} from '@policy/pakistan-2024';
import { describe, expect, it } from 'vitest';
import sitemap, { staticPaths } from '@/app/sitemap';
import { generateStaticParams as kindParams } from '@/app/timeline/kind/[kind]/page';
import { generateStaticParams as laneParams } from '@/app/timeline/partner/[lane]/page';
import { releasesOf } from '@/lib/changelog';
import { downloadName, formatBytes, rewriteDescriptor } from '@/lib/downloads';
import { datasetJsonLd, jsonLdScript } from '@/lib/jsonld';
import { clip } from '@/lib/metadata';
import { hrefFor, listPath } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';

describe('routes', () => {
  it('sends records with a page to it and the others to an anchor of their list', () => {
    expect(hrefFor('relationships', 'pakistan-china')).toBe('/relationships/pakistan-china');
    expect(hrefFor('initiatives', 'cpec')).toBe('/initiatives/cpec');
    expect(hrefFor('events', 'independence')).toBe('/timeline#independence');
    expect(hrefFor('prospects', 'p')).toBe('/prospects#p');
    expect(hrefFor('sources', 's')).toBe('/about#s');
    expect(hrefFor('chronology', 'raisi-visit-to-pakistan')).toBe('/chronology/raisi-visit-to-pakistan');
  });

  it('lists every event of the chronology in the sitemap, under its own page', () => {
    const urls = sitemap().map((u) => u.url);
    for (const e of chronology) expect(urls).toContain(absoluteUrl(`/chronology/${e.id}`));
  });

  it('lists every narrowed view of the chart (one lane, one kind) that is exported, and no other', () => {
    const urls = sitemap().map((u) => u.url);
    const lanes = laneParams().map((p) => absoluteUrl(`/timeline/partner/${p.lane}`));
    const kinds = kindParams().map((p) => absoluteUrl(`/timeline/kind/${p.kind}`));
    expect(lanes.length).toBeGreaterThan(1);
    expect(kinds.length).toBeGreaterThan(1);
    for (const url of [...lanes, ...kinds]) expect(urls).toContain(url);
    const listed = urls.filter((u) => /\/timeline\/(partner|kind)\//.test(u));
    expect(listed.sort()).toEqual([...lanes, ...kinds].sort());
  });

  it('puts the list of every collection with pages of its own in the sitemap, so its records are there too', () => {
    const paged = collectionNames.filter((c) => collectionEntry(c).ownPages);
    expect(paged.length).toBeGreaterThan(0);
    for (const c of paged) expect(staticPaths).toContain(listPath(c));
  });
});

describe('downloads', () => {
  it('puts the version in every file name', () => {
    expect(downloadName('1.2.0', 'data.json')).toBe('pakistan-2024-1.2.0-data.json');
    expect(downloadName('1.2.0', 'csv/actors.csv')).toBe('pakistan-2024-1.2.0-actors.csv');
  });

  it('points the descriptor’s resources at the versioned files and keeps the rest', () => {
    const d = rewriteDescriptor(
      { name: 'x', resources: [{ name: 'actors', path: 'csv/actors.csv', bytes: 3 }] },
      '2.0.0',
    );
    expect(d).toEqual({
      name: 'x',
      resources: [{ name: 'actors', path: 'pakistan-2024-2.0.0-actors.csv', bytes: 3 }],
    });
  });

  it('formats sizes', () => {
    expect([999, 1234, 2_500_000].map(formatBytes)).toEqual(['999 B', '1.2 kB', '2.5 MB']);
  });
});

describe('changelog', () => {
  it('lists the released versions, or none before the first release', () => {
    expect(releasesOf('# @policy/pakistan-2024\n')).toEqual([]);
    expect(releasesOf(null)).toEqual([]);
    expect(releasesOf('# p\n\n## 1.1.0\n\n### Minor Changes\n\n## 1.0.0\n')).toEqual(['1.1.0', '1.0.0']);
  });
});

describe('JSON-LD', () => {
  const ld = datasetJsonLd({
    meta,
    sources: essays,
    downloads: [{ file: 'f.csv', packagePath: 'csv/f.csv', format: 'csv', title: 'F', bytes: 10 }],
    pageUrl: 'https://example.org/data',
    credit: 'How to cite it.',
    absolute: (p) => `https://example.org${p}`,
  });

  it('describes a schema.org Dataset with its version, licence, source essay and downloads', () => {
    expect(ld['@type']).toBe('Dataset');
    expect(ld['@id']).toBe('https://example.org/data#dataset');
    expect(ld.url).toBe('https://example.org/data');
    expect(ld.creator).toEqual(expect.objectContaining({ '@type': 'Organization', name: DATASET_AUTHOR }));
    expect(ld.creditText).toBe('How to cite it.');
    if (meta.released) expect(ld.datePublished).toBe(meta.released);
    expect(ld.citation).toEqual(ld.isBasedOn);
    expect(ld.version).toBe(meta.version);
    expect(ld.license).toMatch(/^https:\/\//);
    expect(ld.isBasedOn).toEqual(
      essays.map((s) =>
        expect.objectContaining({
          name: s.title,
          url: s.url,
          author: expect.objectContaining({ '@type': 'Person', name: s.author }),
        }),
      ),
    );
    expect(ld.distribution).toEqual([
      expect.objectContaining({
        contentUrl: 'https://example.org/downloads/f.csv',
        encodingFormat: 'text/csv',
      }),
    ]);
  });

  it('cannot close its script element', () => {
    expect(jsonLdScript({ a: '</script><b>' })).toBe('{"a":"\\u003c/script>\\u003cb>"}');
  });
});

describe('clip', () => {
  it('cuts long text at a word boundary with an ellipsis', () => {
    const text = 'word '.repeat(60).trim();
    const out = clip(text, 50);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out.endsWith('word…')).toBe(true);
    expect(clip('short', 50)).toBe('short');
  });
});
