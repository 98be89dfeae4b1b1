import {
  type ChronologyEvent,
  citeSource,
  DATASET_AUTHOR,
  type EssaySource,
  type Meta,
  npmPageUrl,
  type ReportSource,
} from '@policy/pakistan-2024';
import type { Download } from './downloads';
import { downloadsPath } from './downloads';

const licenseUrls: Record<string, string> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  MIT: 'https://opensource.org/license/mit',
};

/** The essay (or another source) as schema.org sees it. */
function sourceJsonLd(s: EssaySource): Record<string, unknown> {
  return {
    '@type': 'ScholarlyArticle',
    '@id': s.url,
    name: s.title,
    url: s.url,
    datePublished: String(s.year),
    author: {
      '@type': 'Person',
      name: s.author,
      affiliation: { '@type': 'Organization', name: s.affiliation },
    },
    publisher: { '@type': 'Organization', name: s.publisher },
    inLanguage: s.language,
    creditText: citeSource(s, 'apa'),
  };
}

/**
 * schema.org `Dataset` for the dataset: one node, the same on every page that shows it, identified
 * by its data page (`pageUrl`), dated by its release, naming the essay it is based on, how to cite
 * the dataset (`credit`) and every download (`absolute` turns a site path into the URL a crawler
 * can fetch).
 */
export function datasetJsonLd({
  meta,
  sources,
  downloads,
  pageUrl,
  credit,
  absolute,
}: {
  meta: Meta;
  sources: readonly EssaySource[];
  downloads: readonly Download[];
  pageUrl: string;
  credit: string;
  absolute: (path: string) => string;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${pageUrl}#dataset`,
    name: meta.title,
    alternateName: meta.name,
    description: meta.description,
    url: pageUrl,
    sameAs: npmPageUrl(meta.name),
    version: meta.version,
    ...(meta.released ? { datePublished: meta.released } : {}),
    creator: { '@type': 'Organization', name: DATASET_AUTHOR, url: npmPageUrl(meta.name) },
    license: licenseUrls[meta.license.data] ?? meta.license.data,
    isAccessibleForFree: true,
    inLanguage: 'en',
    keywords: ['Pakistan', 'foreign policy', 'international relations', String(meta.year)],
    temporalCoverage: String(meta.year),
    spatialCoverage: { '@type': 'Place', name: 'Pakistan' },
    ...(meta.repository ? { codeRepository: meta.repository } : {}),
    isBasedOn: sources.map(sourceJsonLd),
    citation: sources.map(sourceJsonLd),
    creditText: credit,
    distribution: downloads.map((d) => ({
      '@type': 'DataDownload',
      name: d.title,
      encodingFormat: d.format === 'csv' ? 'text/csv' : 'application/json',
      contentUrl: absolute(`${downloadsPath}/${d.file}`),
      contentSize: `${d.bytes} B`,
    })),
  };
}

/** schema.org `WebSite` for every page: the site's name and address, and the dataset it is about. */
export function websiteJsonLd({
  name,
  url,
  dataset,
}: {
  name: string;
  url: string;
  dataset: string;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${url}#website`,
    name,
    url,
    about: { '@id': dataset },
  };
}

/**
 * schema.org `Event` for an event of the chronology: name, dates, our summary, its page, the
 * reports it is cited to (each a `NewsArticle` as its stored copy shows it), and the dataset it is
 * part of.
 */
export function chronologyEventJsonLd({
  event,
  reports,
  pageUrl,
  dataset,
}: {
  event: ChronologyEvent;
  reports: readonly ReportSource[];
  pageUrl: string;
  dataset: string;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': `${pageUrl}#event`,
    name: event.title,
    description: event.summary,
    url: pageUrl,
    startDate: event.date,
    endDate: event.end ?? event.date,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: { '@type': 'Place', name: 'See the reports cited' },
    subjectOf: { '@id': dataset },
    citation: reports.map((r) => ({
      '@type': 'NewsArticle',
      url: r.url,
      ...(r.title ? { headline: r.title } : {}),
      ...(r.published ? { datePublished: r.published } : {}),
      publisher: { '@type': 'Organization', name: r.publisher },
      inLanguage: r.language,
    })),
  };
}

/** Serialises JSON-LD for a <script> element; `<` is escaped so the text can never close the tag. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
