/**
 * Marks where a page sits in the main navigation. The navigation lives in the root layout, which
 * a static export renders without knowing the page's path, so the mark is added to the HTML after
 * the build, in both copies of the navigation (the phone's menu, the wide screen's row):
 * `aria-current="page"` on the link to the page itself, `aria-current="true"` on the
 * link to the section that holds it (assistive technology announces both; CSS shows both).
 */
const NAV = /(<nav class="site-nav[^"]*" aria-label="Main">)([\s\S]*?)(<\/nav>)/g;

/** The site path of an exported HTML file: `relationships/pakistan-china.html` → `/relationships/pakistan-china`. */
export function pagePath(file: string): string {
  const path = `/${file
    .replace(/\\/g, '/')
    .replace(/(^|\/)index\.html$/, '')
    .replace(/\.html$/, '')}`;
  return path.length > 1 ? path.replace(/\/$/, '') : '/';
}

/**
 * The page's HTML with its main-navigation link (or section link) marked as current, in every copy.
 * `base` is the site's base path, which the links carry and `path` does not.
 */
export function markCurrentNav(html: string, path: string, base = ''): string {
  return html.replace(NAV, (_, open: string, inner: string, close: string) => {
    const marked = inner.replace(/<a href="([^"]+)"(?![^>]*aria-current)/g, (link, linked: string) => {
      const href = base && linked.startsWith(`${base}/`) ? linked.slice(base.length) || '/' : linked;
      if (href === path) return `${link} aria-current="page"`;
      if (href !== '/' && path.startsWith(`${href}/`)) return `${link} aria-current="true"`;
      return link;
    });
    return `${open}${marked}${close}`;
  });
}
