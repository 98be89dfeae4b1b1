/**
 * The export built for https://example.org/pakistan-2024, read as files: every address in it is
 * the public one, and every link, asset, script and download stays under /pakistan-2024/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PREFIX, PREFIXED_SITE_URL, prefixedOut } from '../support/base-path';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
const all = filesUnder(prefixedOut)
  .filter((f) => !/\.(br|gz)$/.test(f))
  .map((f) => relative(prefixedOut, f));
const read = (f: string) => readFileSync(join(prefixedOut, f), 'utf8');
const pages = all.filter((f) => f.endsWith('.html'));
/** The files a browser reads as text: pages, styles, the sitemap and robots, downloads, and the scripts the pages load. */
const loaded = new Set(
  pages.flatMap((f) => [...read(f).matchAll(/\bsrc="([^"]+\.js)"/g)].map((m) => m[1] ?? '')),
);
const textFiles = all.filter(
  (f) =>
    /\.(html|css|xml|txt|json|csv|svg|webmanifest)$/.test(f) ||
    f === 'robots.txt' ||
    loaded.has(`${PREFIX}/${f}`),
);

/** Root-relative references in HTML attributes and CSS `url()` that are not under the base path. */
function outsideBase(text: string): string[] {
  const refs = [
    ...text.matchAll(/\s(?:href|src|action|poster|srcset|content|data-[\w-]+)="(\/[^"]*)"/g),
    ...text.matchAll(/url\(\s*['"]?(\/[^'")]*)/g),
  ].map((m) => m[1] ?? '');
  return refs.filter((r) => !r.startsWith('//') && r !== PREFIX && !r.startsWith(`${PREFIX}/`));
}

describe(`the export built for ${PREFIXED_SITE_URL}`, () => {
  it('has every page, and its scripts, sitemap and robots', () => {
    expect(pages.length).toBeGreaterThan(40);
    for (const f of ['index.html', 'about.html', 'search.html', 'sitemap.xml', 'robots.txt', '404.html'])
      expect(all, f).toContain(f);
    expect(loaded.size).toBe(2);
  });

  it('names no localhost anywhere a browser or crawler reads, and no localhost URL in any file', () => {
    const named = textFiles.filter((f) => read(f).includes('localhost'));
    expect(named).toEqual([]);
    // The framework's own chunks hold URL-parsing code that mentions the word; never an address.
    const urls = all.filter((f) => /\.(js|html|txt|json|xml)$/.test(f) && /\/\/localhost\b/.test(read(f)));
    expect(urls).toEqual([]);
  });

  it('links, loads and downloads nothing outside the base path', () => {
    const bad = pages.flatMap((f) => outsideBase(read(f)).map((r) => `${f}: ${r}`));
    const styles = all
      .filter((f) => f.endsWith('.css'))
      .flatMap((f) => outsideBase(read(f)).map((r) => `${f}: ${r}`));
    expect([...bad, ...styles]).toEqual([]);
  });

  it('writes every absolute URL, canonical, Open Graph, sitemap and robots, under the public address', () => {
    const about = read('about.html');
    expect(about).toContain(`<link rel="canonical" href="${PREFIXED_SITE_URL}/about"/>`);
    expect(about).toContain(
      `<meta property="og:image" content="${PREFIXED_SITE_URL}/about/opengraph-image"/>`,
    );
    const absolute = textFiles.flatMap((f) =>
      [...read(f).matchAll(/https?:\/\/example\.org[^"'\s<)]*/g)].map((m) => `${f}: ${m[0]}`),
    );
    expect(absolute.length).toBeGreaterThan(100);
    expect(
      absolute.filter((u) => !u.includes(`${PREFIXED_SITE_URL}/`) && !u.endsWith(PREFIXED_SITE_URL)),
    ).toEqual([]);
    const locs = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(locs.length).toBeGreaterThan(40);
    expect(locs.filter((l) => !l.startsWith(`${PREFIXED_SITE_URL}/`))).toEqual([]);
    expect(read('robots.txt')).toMatch(
      new RegExp(`Allow: ${PREFIX}/\\n[\\s\\S]*Sitemap: ${PREFIXED_SITE_URL}/sitemap.xml`),
    );
  });
});
