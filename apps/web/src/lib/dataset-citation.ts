import { type CitableMeta, meta } from '@policy/pakistan-2024';
import { absoluteUrl } from './site';

/**
 * The dataset's metadata as the site cites it: a site built for a public address (`SITE_URL`)
 * names its own data page as where the data can be had; otherwise the citation keeps the version's
 * npm page, which is always there.
 */
export const citableMeta: CitableMeta = process.env.SITE_URL
  ? { ...meta, homepage: absoluteUrl('/data') }
  : meta;
