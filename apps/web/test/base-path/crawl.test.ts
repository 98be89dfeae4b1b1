/**
 * The export built for https://example.org/pakistan-2024, served under /pakistan-2024/ and crawled
 * in Chromium: every page, asset, download and share image it links to loads from under the path,
 * and search works there. A focused crawl: the accessibility checks run once, on the main export
 * (test/e2e/), since the base path changes addresses, not what a page shows.
 */
import { search } from '@policy/pakistan-2024';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PREFIX, prefixedOut } from '../support/base-path';
import { chromiumOrHint } from '../support/browser';
import { crawlQueue } from '../support/crawl';
import { servedExport } from '../support/served-export';

const executable = chromiumOrHint();

describe.skipIf(!executable)(`the export served under ${PREFIX}/, in Chromium`, () => {
  const site = servedExport(executable, { root: prefixedOut, base: PREFIX });
  let context: BrowserContext;
  const pages = new Map<string, number>();
  const files = new Map<string, { status: number; bytes: number }>();
  const outside: string[] = [];
  const problems: string[] = [];

  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
    // A request cut short because the crawl moved on (the favicon, often) is not a failure; a
    // missing file shows as a status of 400 or more below.
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED')
        problems.push(`${page.url()}: request failed ${r.url()}`);
    });
    // Every request a page makes (styles, scripts, images, icons) must stay under the base path.
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (url.origin === site.origin && !url.pathname.startsWith(`${PREFIX}/`))
        outside.push(`${page.url()} → ${url.pathname}`);
      else if (url.origin === site.origin && r.status() >= 400)
        problems.push(`${page.url()}: ${r.status()} ${url.pathname}`);
    });
  };

  beforeAll(async () => {
    context = await site.browser.newContext();
    const queue = [`${PREFIX}/`];
    const seen = new Set(queue);
    const enqueue = (href: string) => {
      const url = new URL(href, site.origin);
      // Share images carry the public address; on this server they live at the same path.
      const path =
        url.origin === site.origin || url.origin === 'https://example.org' ? url.pathname : undefined;
      if (path === undefined) return;
      if (!path.startsWith(`${PREFIX}/`)) outside.push(`link to ${url.href}`);
      else if (!seen.has(path)) {
        seen.add(path);
        queue.push(path);
      }
    };
    const visit = async (page: Page, path: string) => {
      if (
        /\.(json|csv|xml|txt|png|svg)$/.test(path) ||
        /opengraph-image$/.test(path) ||
        path.includes('/downloads/')
      ) {
        const res = await fetch(site.origin + path);
        files.set(path, { status: res.status, bytes: (await res.arrayBuffer()).byteLength });
        return;
      }
      const response = await page.goto(site.origin + path, { waitUntil: 'load' });
      pages.set(path, response?.status() ?? 0);
      const found = await page.evaluate(() => ({
        links: [...document.querySelectorAll('a[href]')].map(
          (a) => new URL(a.getAttribute('href') ?? '', location.href).href,
        ),
        images: [...document.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]')].map(
          (m) => m.getAttribute('content') ?? '',
        ),
      }));
      for (const href of [...found.links, ...found.images]) enqueue(href);
    };
    await crawlQueue(context, queue, visit, { prepare: (page) => watch(page) });
  });

  it('reaches every page from the home page under the path, each with status 200', () => {
    expect(pages.size).toBeGreaterThan(40);
    expect([...pages].filter(([, s]) => s !== 200)).toEqual([]);
  });

  it('serves every download and share image under the path, and nothing outside it', () => {
    const downloads = [...files.keys()].filter((p) => p.startsWith(`${PREFIX}/downloads/`));
    expect(downloads.length).toBeGreaterThan(5);
    expect([...files.keys()].filter((p) => p.endsWith('/opengraph-image')).length).toBeGreaterThan(40);
    expect([...files].filter(([, f]) => f.status !== 200 || f.bytes === 0)).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('loads every style, script and icon without an error', () => {
    expect(problems).toEqual([]);
  });

  it('lists in the sitemap only pages the crawl reached', async () => {
    const xml = await (await fetch(`${site.origin}${PREFIX}/sitemap.xml`)).text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
    expect(locs.length).toBeGreaterThan(40);
    expect(locs.filter((p) => pages.get(p) !== 200)).toEqual([]);
  });

  it('searches under the path: results link to pages under it', async () => {
    const page = await context.newPage();
    watch(page);
    await page.goto(`${site.origin}${PREFIX}/search?q=CPEC`);
    await page.locator('form[data-ready="true"]').waitFor();
    const expected = search('CPEC', { limit: 30 }).map((r) => r.title);
    const titles = async () => page.getByTestId('search-results').locator('li > a').allTextContents();
    await expect.poll(titles, { timeout: 10_000 }).toEqual(expected);
    const hrefs = await page
      .getByTestId('search-results')
      .locator('li > a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((h) => !h?.startsWith(`${PREFIX}/`))).toEqual([]);
    await page.getByTestId('search-results').locator(`a[href="${PREFIX}/initiatives/cpec"]`).click();
    await page.waitForURL(new RegExp(`${PREFIX}/initiatives/cpec$`));
    await page.close();
    expect(problems).toEqual([]);
  });

  it('answers a path outside the base, or unknown under it, with the 404 page', async () => {
    expect((await fetch(`${site.origin}/relationships`)).status).toBe(404);
    expect((await fetch(`${site.origin}${PREFIX}/no-such-page`)).status).toBe(404);
    expect((await fetch(`${site.origin}${PREFIX}/relationships`)).status).toBe(200);
  });
});
