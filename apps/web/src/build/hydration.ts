/**
 * Helpers for the post-build step that removes React's hydration code from pages that have
 * nothing interactive. Every page is complete HTML already; only pages with a client component
 * (search, the copy buttons) need the scripts.
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

/** The page without scripts and script preloads; JSON-LD blocks stay, since they are data. */
export function stripScripts(html: string): string {
  return html
    .replace(SCRIPT, (tag) => (/type="application\/ld\+json"/.test(tag) ? tag : ''))
    .replace(SCRIPT_LINK, '');
}
