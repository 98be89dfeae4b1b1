import { collectionEntry, dataset, isCollectionName, meta } from '@policy/pakistan-2024';
import type { MetadataRoute } from 'next';
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
  '/methodology',
  '/about',
];

export default function sitemap(): MetadataRoute.Sitemap {
  // A page per record of each collection that has them, in the order their lists appear above.
  const records = staticPaths.flatMap((path) => {
    const collection = path.slice(1);
    if (!isCollectionName(collection) || !collectionEntry(collection).ownPages) return [];
    return dataset[collection].map((r) => hrefFor(collection, r.id));
  });
  // Every page is rebuilt from one release of the dataset, so each was last changed on its date
  // (from the release record); a version not yet released gives none.
  return [...staticPaths, ...records].map((path) => ({
    url: absoluteUrl(path),
    ...(meta.released ? { lastModified: meta.released } : {}),
    priority: path === '/' ? 1 : path.split('/').length > 2 ? 0.6 : 0.8,
  }));
}
