import { meta } from '@policy/pakistan-2024';

/** The site's name, as shown in titles and the header. */
export const siteName = 'Pakistan’s foreign policy in 2024';

/** Where the site is published; absolute URLs (sitemap, Open Graph, JSON-LD) are built from it. */
export const siteUrl = (process.env.SITE_URL ?? meta.homepage ?? 'http://localhost:3000').replace(/\/+$/, '');

/** An absolute URL for a path of the site. */
export function absoluteUrl(path: string): string {
  return `${siteUrl}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The main navigation, in reading order. */
export const navigation = [
  { href: '/relationships', label: 'Relationships' },
  { href: '/themes', label: 'Themes' },
  { href: '/timeline', label: 'Timeline' },
  { href: '/compare', label: 'Compare' },
  { href: '/search', label: 'Search' },
  { href: '/data', label: 'Data' },
  { href: '/methodology', label: 'Methodology' },
  { href: '/about', label: 'About' },
] as const;

/**
 * A link to a page or anchor of the site. Every internal link goes through here, so that a base
 * path (issue 8: `SITE_URL` with a path) applies to all of them; today the site is served at the root.
 */
export function sitePath(path: string): string {
  return path;
}
