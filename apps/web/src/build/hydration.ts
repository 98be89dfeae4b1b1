/**
 * Helpers for the post-build step that removes React's hydration code from pages that have no
 * client component. Every page is complete HTML already; the little interactivity the site has
 * (search, copy buttons) comes from its own small scripts in /assets/, which stay.
 */

import { elementsOf, type PageElement, without } from './html';

const CHUNK = /\/_next\/static\/chunks\/[^"'\s]+\.js/g;

/** The JavaScript chunk paths a page loads or preloads. */
export function chunksOf(html: string): string[] {
  return [...new Set(html.match(CHUNK) ?? [])];
}

/** The chunks every page loads: the framework, not any one page. */
export function sharedChunks(pages: readonly string[]): Set<string> {
  const [first, ...rest] = pages.map((html) => new Set(chunksOf(html)));
  if (!first) return new Set();
  return new Set([...first].filter((c) => rest.every((set) => set.has(c))));
}

/** True when a page loads a chunk of its own, i.e. it has a client component. */
export function needsJavaScript(html: string, shared: ReadonlySet<string>): boolean {
  return chunksOf(html).some((c) => !shared.has(c));
}

/** A script the page keeps: JSON-LD (data, by its real `type`) or one of the site's own under (base)/assets/. */
export function isOwnScript(element: PageElement): boolean {
  const type = element.attrs.get('type')?.trim().toLowerCase();
  if (element.name === 'script' && type === 'application/ld+json' && !element.attrs.has('src')) return true;
  const src = element.name === 'script' ? element.attrs.get('src') : element.attrs.get('href');
  return src !== undefined && /^(?:\/[^/?#]+)*\/assets\/[^/?#]+\.js$/.test(src);
}

const isScriptLink = (element: PageElement) =>
  element.name === 'link' &&
  (element.attrs.get('as')?.toLowerCase() === 'script' ||
    (element.attrs.get('rel') ?? '').toLowerCase().split(/\s+/).includes('modulepreload'));

/** The page without Next's scripts and script preloads; JSON-LD and the site's own scripts stay. */
export function stripScripts(html: string): string {
  const drop = elementsOf(html, ['script', 'link']).filter(
    (e) => (e.name === 'script' || isScriptLink(e)) && !isOwnScript(e),
  );
  return without(html, drop);
}
