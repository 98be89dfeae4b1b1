/**
 * The Content-Security-Policy of every page, written by the post-build step into the page as a
 * `<meta http-equiv>` (all a static host such as GitHub Pages can carry) and sent as a header by
 * `pnpm start`'s server (scripts/serve.mjs), which adds what only a header can say. Scripts come
 * from the site itself, and an inline script runs only if its SHA-256 is listed: the post-build
 * step lists Next's own inline scripts on the pages that keep them, and nothing else.
 */
import { createHash } from 'node:crypto';
import { elementsOf, type PageElement } from './html';

/** The referrer policy of every page: no address of the site is sent to the sites it links to. */
export const REFERRER_POLICY = 'no-referrer';

/** The policy's directives, in order; `script-src` gets the page's hashes. */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // React writes style attributes (the map, the charts); styles cannot run script.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-src', "'none'"],
];

/** Directives a `<meta>` policy ignores, so the server sends them as a header only. */
export const HEADER_ONLY = "frame-ancestors 'none'";

/** The policy for a page whose allowed inline scripts have these SHA-256 sources (`'sha256-…'`). */
export function contentSecurityPolicy(hashes: readonly string[] = []): string {
  return DIRECTIVES.map(([name, value]) =>
    name === 'script-src' && hashes.length ? `${name} ${value} ${hashes.join(' ')}` : `${name} ${value}`,
  ).join('; ');
}

/** The CSP source for an inline script's text, as the browser computes it. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** An inline script that runs (not JSON-LD or another data block, not loaded from a file). */
const runsInline = (e: PageElement): boolean => {
  if (e.name !== 'script' || e.attrs.has('src')) return false;
  const type = e.attrs.get('type')?.trim().toLowerCase() ?? '';
  return ['', 'text/javascript', 'module', 'application/javascript'].includes(type);
};

/** Next's own inline scripts: the React Server Components payload it streams into a page. */
const isNextInline = (text: string): boolean => /^\(?self\.__next_[fs]\b/.test(text.trimStart());

/** The hashes of the inline scripts of `html` that the policy allows: Next's, on pages that keep them. */
export function allowedScriptHashes(html: string): string[] {
  const inline = elementsOf(html, ['script']).filter(runsInline);
  return [...new Set(inline.filter((e) => isNextInline(e.text)).map((e) => scriptHash(e.text)))];
}

/**
 * The page with its policy and referrer policy as `<meta>` elements, placed at the start of
 * `<head>` (after `<meta charset>`, which must stay within the first bytes), before any script.
 */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}"/><meta name="referrer" content="${REFERRER_POLICY}"/>`;
  const [head] = elementsOf(html, ['head']);
  if (!head) throw new Error('a page without <head>: cannot place its Content-Security-Policy');
  const charset = elementsOf(html, ['meta']).find((m) => m.attrs.has('charset') && m.start >= head.start);
  const headOpen = html.indexOf('>', head.start) + 1;
  const at = charset && charset.end <= head.end ? charset.end : headOpen;
  return html.slice(0, at) + meta + html.slice(at);
}

/** The policy a page carries in its `<meta>`, or undefined (what the server sends as its header). */
export function policyOfPage(html: string): string | undefined {
  return elementsOf(html, ['meta'])
    .find((m) => m.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy')
    ?.attrs.get('content');
}
