import { basePathOf, withBase } from './base-path';

/** The site's name, as shown in titles and the header. */
export const siteName = 'Pakistan’s foreign policy in 2024';

/**
 * Where the site is published (`SITE_URL`, else http://localhost:3000 for `pnpm start` and
 * `pnpm dev`); absolute URLs (sitemap, Open Graph, JSON-LD) are built from it, and its path is the
 * site's base path.
 */
export const siteUrl = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');

/** The path the site is served under: '' at a domain's root, '/pakistan-2024' under a prefix. */
export const basePath = basePathOf(siteUrl);

/** A link to a page, file or script of the site, under the base path: `/about` → `/pakistan-2024/about`. */
export function sitePath(path: string): string {
  return withBase(basePath, path);
}

/** An absolute URL for a path of the site (without the base path: `siteUrl` holds it). */
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
