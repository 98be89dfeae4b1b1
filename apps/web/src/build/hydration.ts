/**
 * Helpers for the post-build step that removes React's hydration code from pages that have no
 * client component. Every page is complete HTML already; the little interactivity the site has
 * (search, copy buttons) comes from its own small scripts in /assets/, which stay.
 */

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/g;
const SCRIPT_LINK = /<link\b[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\brel="modulepreload"[^>]*\/?>/g;
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

/** A script tag that is not Next's: JSON-LD (data) or one of the site's own scripts under (base)/assets/. */
const isOwn = (tag: string) =>
  /type="application\/ld\+json"/.test(tag) || /\bsrc="(?:\/[^"/]+)*\/assets\//.test(tag);

/** The page without Next's scripts and script preloads; JSON-LD and the site's own scripts stay. */
export function stripScripts(html: string): string {
  return html
    .replace(SCRIPT, (tag) => (isOwn(tag) ? tag : ''))
    .replace(SCRIPT_LINK, (tag) => (isOwn(tag) ? tag : ''));
}
