import type { EssaySource, Meta } from '@policy/pakistan-2024';
import type { Download } from './downloads';
import { downloadsPath } from './downloads';

const licenseUrls: Record<string, string> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  MIT: 'https://opensource.org/license/mit',
};

/** schema.org `Dataset` for the dataset, naming the essay it is based on and every download. */
export function datasetJsonLd({
  meta,
  sources,
  downloads,
  pageUrl,
  absolute,
}: {
  meta: Meta;
  sources: readonly EssaySource[];
  downloads: readonly Download[];
  pageUrl: string;
  absolute: (path: string) => string;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: meta.title,
    alternateName: meta.name,
    description: meta.description,
    url: pageUrl,
    version: meta.version,
    license: licenseUrls[meta.license.data] ?? meta.license.data,
    isAccessibleForFree: true,
    inLanguage: 'en',
    keywords: ['Pakistan', 'foreign policy', 'international relations', String(meta.year)],
    temporalCoverage: String(meta.year),
    spatialCoverage: { '@type': 'Place', name: 'Pakistan' },
    ...(meta.repository ? { codeRepository: meta.repository } : {}),
    isBasedOn: sources.map((s) => ({
      '@type': 'ScholarlyArticle',
      name: s.title,
      url: s.url,
      datePublished: String(s.year),
      author: { '@type': 'Person', name: s.author },
      publisher: { '@type': 'Organization', name: s.publisher },
    })),
    distribution: downloads.map((d) => ({
      '@type': 'DataDownload',
      name: d.title,
      encodingFormat: d.format === 'csv' ? 'text/csv' : 'application/json',
      contentUrl: absolute(`${downloadsPath}/${d.file}`),
      contentSize: `${d.bytes} B`,
    })),
  };
}

/** Serialises JSON-LD for a <script> element; `<` is escaped so the text can never close the tag. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
