import { collectionEntry, collectionNames, dataset, meta } from '@policy/pakistan-2024';
import type { MetadataRoute } from 'next';
import { kindView, kindViews, laneView, laneViews } from '@/lib/chart-views';
import { hrefFor } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** The static pages of the site, besides one page per record. */
export const staticPaths = [
  '/',
  '/relationships',
  '/themes',
  '/actors',
  '/initiatives',
  '/topics',
  '/timeline',
  '/prospects',
  '/compare',
  '/search',
  '/data',
  '/changelog',
  '/methodology',
  '/about',
];

export default function sitemap(): MetadataRoute.Sitemap {
  // A page per record of each collection that has them (the chronology's events too), in the
  // registry's order.
  const records = collectionNames
    .filter((collection) => collectionEntry(collection).ownPages)
    .flatMap((collection) => dataset[collection].map((r) => hrefFor(collection, r.id)));
  // The chart's narrowed views (one lane, one kind of event): pages of their own, pre-rendered so
  // that a reader narrows the chart without JavaScript, and worth finding from a search engine.
  const views = [
    ...laneViews().map((l) => laneView(l.id)?.path),
    ...kindViews().map((k) => kindView(k.id)?.path),
  ].filter((path): path is string => path !== undefined);
  // Every page is rebuilt from one release of the dataset, so each was last changed on its date
  // (from the release record); a version not yet released gives none.
  return [...staticPaths, ...views, ...records].map((path) => ({
    url: absoluteUrl(path),
    ...(meta.released ? { lastModified: meta.released } : {}),
    priority: path === '/' ? 1 : path.split('/').length > 2 ? 0.6 : 0.8,
  }));
}
