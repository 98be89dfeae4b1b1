import { join } from 'node:path';

/** The address the second export is built for: a site served under a path, as on GitHub Pages. */
export const PREFIXED_SITE_URL = 'https://example.org/pakistan-2024';
/** Its base path. */
export const PREFIX = '/pakistan-2024';
/** Where that export is written, beside out/ (git-ignored). */
export const PREFIXED_EXPORT_DIR = 'out-base-path';
export const prefixedOut = join(import.meta.dirname, '..', '..', PREFIXED_EXPORT_DIR);
