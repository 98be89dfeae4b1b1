import type { Metadata } from 'next';
import { siteName } from './site';

/** Title, description, canonical URL and Open Graph text of one page. */
export function pageMetadata({
  title,
  description,
  path,
  image = '/opengraph-image',
}: {
  title: string;
  description: string;
  path: string;
  /** The share image: the site's, unless the page generates its own. */
  image?: string;
}): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    // A page's openGraph replaces its parent's (and the file convention's), so the image is named here.
    openGraph: { title, description, url: path, siteName, type: 'website', images: [image] },
    twitter: { card: 'summary_large_image', title, description },
  };
}

/** A description cut at a word boundary to fit search-result snippets (~160 characters). */
export function clip(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
