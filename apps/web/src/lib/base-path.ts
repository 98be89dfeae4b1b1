/**
 * The path the site is served under, taken from the path of `SITE_URL`: '' at the root of a
 * domain, '/pakistan-2024' for https://example.org/pakistan-2024 (as on GitHub Pages). Next
 * prefixes its own assets with it (`basePath` in next.config.ts); the site's plain links, scripts
 * and downloads are prefixed with `sitePath`. No dependencies: next.config.ts imports it.
 */

/** The base path of a site address: its path without a trailing slash ('' for none). */
export function basePathOf(siteUrl: string | undefined): string {
  if (!siteUrl) return '';
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new Error(`SITE_URL "${siteUrl}" is not an absolute URL such as https://example.org/pakistan-2024`);
  }
  return url.pathname.replace(/\/+$/, '');
}

/** A root-relative path of the site under `base`: `/about` → `/pakistan-2024/about`; anything else as it is. */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return path === '/' && base ? `${base}/` : `${base}${path}`;
}
