import { actors, initiatives, relationships, themes, topics } from '@policy/pakistan-2024';
import type { MetadataRoute } from 'next';
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
  const records = [
    ...relationships.map((r) => `/relationships/${r.id}`),
    ...themes.map((t) => `/themes/${t.id}`),
    ...actors.map((a) => `/actors/${a.id}`),
    ...initiatives.map((i) => `/initiatives/${i.id}`),
    ...topics.map((t) => `/topics/${t.id}`),
  ];
  return [...staticPaths, ...records].map((path) => ({
    url: absoluteUrl(path),
    priority: path === '/' ? 1 : path.split('/').length > 2 ? 0.6 : 0.8,
  }));
}
