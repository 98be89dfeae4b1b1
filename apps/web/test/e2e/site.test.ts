/**
 * The built export (out/) in a real browser: Debian's Chromium driven by playwright-core. One crawl
 * from `/` visits every internal page and download; the tests then assert on what it found.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { actors, chronology, initiatives, relationships, search, topics } from '@policy/pakistan-2024';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumOrHint } from '../support/browser';
import { crawlQueue } from '../support/crawl';
import { outDir, servedExport } from '../support/served-export';

const executable = chromiumOrHint();

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const isDownload = (path: string) =>
  /\.(json|csv|xml|txt|png|svg)$/.test(path) || /opengraph-image$/.test(path);

interface Visit {
  readonly status: number;
  readonly title: string;
  readonly description: string;
  readonly ids: readonly string[];
  readonly links: readonly string[];
  readonly scripts: number;
  readonly jsonLd: readonly unknown[];
  readonly ogImage?: string;
  readonly violations: readonly string[];
}

describe.skipIf(!executable)('the built site in Chromium', () => {
  const site = servedExport(executable);
  let context: BrowserContext;
  const visits = new Map<string, Visit>();
  const files = new Map<string, { status: number; type: string; bytes: number }>();
  const consoleErrors: string[] = [];
  const darkViolations: string[] = [];

  const watch = (page: Page, path: string) => {
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${path}: ${m.text()}`);
    });
    page.on('pageerror', (e) => consoleErrors.push(`${path}: ${e.message}`));
    page.on('requestfailed', (r) => consoleErrors.push(`${path}: request failed ${r.url()}`));
  };

  const axe = async (page: Page, only?: string[]) => {
    const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
    const { violations } = await (only ? builder.withRules(only) : builder).analyze();
    return violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  };

  beforeAll(async () => {
    context = await site.browser.newContext({ colorScheme: 'light' });

    // Breadth-first from "/", following every same-origin link (and share image) once, with a
    // few pages at a time: axe dominates the run, and it runs inside each page's renderer.
    const queue = ['/'];
    const seen = new Set(queue);
    const enqueue = (href: string) => {
      const url = new URL(href, site.origin);
      // Share images carry the configured site address; on this server they live at the same path.
      if (url.origin !== site.origin && !/opengraph-image$/.test(url.pathname)) return;
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    };
    const visit = async (page: Page, path: string) => {
      if (isDownload(path) || path.startsWith('/downloads/')) {
        const res = await fetch(site.origin + path);
        const body = await res.arrayBuffer();
        files.set(path, {
          status: res.status,
          type: res.headers.get('content-type') ?? '',
          bytes: body.byteLength,
        });
        return;
      }
      const response = await page.goto(site.origin + path, { waitUntil: 'load' });
      const found = await page.evaluate(() => ({
        title: document.title,
        description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
        ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
        // getAttribute, not .href: an SVG link's href is an object.
        links: [...document.querySelectorAll('a[href]')].map(
          (a) => new URL(a.getAttribute('href') ?? '', location.href).href,
        ),
        scripts: document.querySelectorAll('script[src]').length,
        jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) =>
          JSON.parse(s.textContent ?? 'null'),
        ),
        ogImage: document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? undefined,
      }));
      visits.set(path, { ...found, status: response?.status() ?? 0, violations: await axe(page) });
      for (const href of [...found.links, ...(found.ogImage ? [found.ogImage] : [])]) enqueue(href);
    };
    await crawlQueue(context, queue, visit, { prepare: (page) => watch(page, 'crawl') });

    // Dark mode has its own palette: check its contrast on every page too.
    const dark = await site.browser.newContext({ colorScheme: 'dark' });
    const darkQueue = [...visits.keys()];
    await Promise.all(
      [1, 2, 3].map(async () => {
        const page = await dark.newPage();
        watch(page, 'dark');
        for (let path = darkQueue.shift(); path !== undefined; path = darkQueue.shift()) {
          await page.goto(site.origin + path);
          for (const v of await axe(page, ['color-contrast'])) darkViolations.push(`${path}: ${v}`);
        }
      }),
    );
    await dark.close();
  });

  it('crawls every page from / with status 200', () => {
    expect(visits.size).toBeGreaterThan(20);
    const bad = [...visits].filter(([, v]) => v.status !== 200).map(([p, v]) => `${p} ${v.status}`);
    expect(bad).toEqual([]);
  });

  it('serves every download and share image it links to with status 200', () => {
    const bad = [...files]
      .filter(([, f]) => f.status !== 200 || f.bytes === 0)
      .map(([p, f]) => `${p} ${f.status}`);
    expect(bad).toEqual([]);
    const downloads = [...files.keys()].filter((p) => p.startsWith('/downloads/'));
    for (const kind of ['data.json', 'schema.json', 'datapackage.json', 'relationships.csv'])
      expect(
        downloads.some((p) => p.endsWith(kind)),
        kind,
      ).toBe(true);
  });

  it('has every in-page anchor it links to', () => {
    const broken: string[] = [];
    for (const [path, v] of visits)
      for (const href of v.links) {
        const url = new URL(href);
        if (url.origin !== site.origin || !url.hash) continue;
        const target = visits.get(url.pathname);
        if (target && !target.ids.includes(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${path} → ${url.pathname}${url.hash}`);
      }
    expect(broken).toEqual([]);
  });

  it('has no axe violation (WCAG 2.2 AA) on any page, in light mode', () => {
    const all = [...visits].flatMap(([p, v]) => v.violations.map((x) => `${p}: ${x}`));
    expect(all).toEqual([]);
  });

  it('has sufficient contrast on every page in dark mode', () => {
    expect(darkViolations).toEqual([]);
  });

  it('logs no console error and no failed request', () => {
    expect(consoleErrors).toEqual([]);
  });

  it('gives every page its own title and a description', () => {
    const titles = [...visits.values()].map((v) => v.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const [path, v] of visits) expect(v.description.length, path).toBeGreaterThan(20);
  });

  it('has a page for every relationship, with its own share image', async () => {
    for (const r of relationships) {
      const visit = visits.get(`/relationships/${r.id}`);
      expect(visit?.status, r.id).toBe(200);
      const image = new URL(visit?.ogImage ?? '', site.origin).pathname;
      expect(image).toBe(`/relationships/${r.id}/opengraph-image`);
      expect(files.get(image)?.type).toBe('image/png');
    }
    expect(new URL(visits.get('/')?.ogImage ?? '', site.origin).pathname).toBe('/opengraph-image');
  });

  it('gives every page a share image of its own, generated into the export', () => {
    const bad: string[] = [];
    for (const [path, v] of visits) {
      const image = new URL(v.ogImage ?? '', site.origin).pathname;
      if (image !== `${path === '/' ? '' : path}/opengraph-image`) bad.push(`${path}: og:image ${image}`);
      else if (!existsSync(join(outDir, image))) bad.push(`${path}: ${image} not in out/`);
      else if (files.get(image)?.type !== 'image/png') bad.push(`${path}: ${image} not served as a PNG`);
    }
    expect(bad).toEqual([]);
  });

  it('answers on a phone’s first screen: every relationship on the map and in the list, above the fold', async () => {
    const phone = await site.browser.newContext({
      viewport: { width: 390, height: 844 },
      colorScheme: 'light',
    });
    const page = await phone.newPage();
    watch(page, '/ at 390 px');
    await page.goto(`${site.origin}/`);
    const below: string[] = [];
    for (const r of relationships)
      for (const where of ['svg[data-testid="partner-map"]', '[data-testid="partner-list"]']) {
        const box = await page.locator(`${where} a[href="/relationships/${r.id}"]`).boundingBox();
        if (!box || box.y < 0 || box.y + box.height > 844)
          below.push(`${where} ${r.id}: ${JSON.stringify(box)}`);
      }
    expect(below).toEqual([]);
    // The lede stays within three lines, so that it does not push the partners down.
    const lines = await page
      .locator('.home-lede')
      .evaluate((e) => e.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(e).lineHeight));
    expect(lines).toBeLessThanOrEqual(3.05);
    expect(await axe(page)).toEqual([]);
    await phone.close();
  });

  it('makes every partner on the map a target of at least 24 × 24 CSS px at 390 px, and larger on a desktop', async () => {
    const sizes = async (width: number, height: number) => {
      const context = await site.browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(`${site.origin}/`);
      const out = new Map<string, { width: number; height: number }>();
      for (const r of relationships) {
        const box = await page
          .locator(`svg[data-testid="partner-map"] a[href="/relationships/${r.id}"]`)
          .boundingBox();
        out.set(r.id, { width: box?.width ?? 0, height: box?.height ?? 0 });
      }
      await context.close();
      return out;
    };
    const [phone, desktop] = [await sizes(390, 844), await sizes(1280, 800)];
    for (const r of relationships) {
      const [p, d] = [phone.get(r.id), desktop.get(r.id)];
      expect(Math.min(p?.width ?? 0, p?.height ?? 0), r.id).toBeGreaterThanOrEqual(24);
      expect((d?.width ?? 0) * (d?.height ?? 0), r.id).toBeGreaterThan((p?.width ?? 0) * (p?.height ?? 0));
    }
  });

  it('reaches the United States, beyond the map’s frame, through a labelled inset inside the map', async () => {
    const phone = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    await page.goto(`${site.origin}/`);
    const map = await page.getByTestId('partner-map').boundingBox();
    const link = page.locator(
      'svg[data-testid="partner-map"] a[href="/relationships/pakistan-united-states"]',
    );
    expect(await link.getAttribute('data-inset')).toBe('true');
    expect(await link.locator('text').textContent()).toBe('United States');
    const box = await link.boundingBox();
    expect(box && map).toBeTruthy();
    if (box && map) {
      expect(box.x).toBeGreaterThanOrEqual(map.x);
      expect(box.y).toBeGreaterThanOrEqual(map.y);
      expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
      expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
    }
    await link.click();
    await page.waitForURL(/\/relationships\/pakistan-united-states$/);
    await phone.close();
  });

  it('folds the navigation into a menu on a phone that opens without script and marks the current section', async () => {
    const phone = await site.browser.newContext({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    });
    const page = await phone.newPage();
    await page.goto(`${site.origin}/themes/economic-diplomacy`);
    expect(await page.locator('.site-nav-wide').isVisible()).toBe(false);
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height).toBeLessThan(90);
    await page.getByText('Menu', { exact: true }).click();
    const menu = page.locator('.nav-menu nav[aria-label="Main"]');
    for (const href of [
      '/relationships',
      '/themes',
      '/timeline',
      '/compare',
      '/search',
      '/data',
      '/methodology',
      '/about',
    ])
      expect(await menu.locator(`a[href="${href}"]`).isVisible(), href).toBe(true);
    expect(await menu.locator('a[href="/themes"]').getAttribute('aria-current')).toBe('true');
    await phone.close();

    // axe runs as a script in the page, so the open menu is checked with JavaScript on.
    const scripted = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const open = await scripted.newPage();
    await open.goto(`${site.origin}/themes/economic-diplomacy`);
    await open.getByText('Menu', { exact: true }).click();
    expect(await axe(open)).toEqual([]);
    await scripted.close();

    const wide = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const desktop = await wide.newPage();
    await desktop.goto(`${site.origin}/themes`);
    expect(await desktop.locator('.nav-menu').isVisible()).toBe(false);
    expect(await desktop.locator('.site-nav-wide a[href="/themes"]').getAttribute('aria-current')).toBe(
      'page',
    );
    await wide.close();
  });

  it('keeps the phone’s first screen readable in dark mode', async () => {
    const phone = await site.browser.newContext({
      viewport: { width: 390, height: 844 },
      colorScheme: 'dark',
    });
    const page = await phone.newPage();
    await page.goto(`${site.origin}/`);
    expect(await axe(page, ['color-contrast'])).toEqual([]);
    await page.getByText('Menu', { exact: true }).click();
    expect(await axe(page, ['color-contrast'])).toEqual([]);
    await phone.close();
  });

  it('shows every relationship on the map as a link filled with its stance', async () => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    for (const r of relationships) {
      const link = page.locator(`svg[data-testid="partner-map"] a[href="/relationships/${r.id}"]`);
      await expect(link.count(), r.id).resolves.toBe(1);
      const shape = link.locator('path').first();
      expect(await shape.getAttribute('d')).toMatch(/^M/);
      expect(await shape.getAttribute('style')).toContain(`stance-pattern-${r.stance.value}`);
      expect(await link.getAttribute('aria-label')).toContain(r.title);
    }
    await page.close();
  });

  it('ships no script but search’s and the copy buttons’ (on /data and the record pages that cite themselves), so every page reads without JavaScript', () => {
    const withScripts = [...visits].filter(([, v]) => v.scripts > 0).map(([p]) => p);
    expect(withScripts).toContain('/search');
    expect(withScripts).toContain('/data');
    const allowed =
      /^\/(search|data|(relationships|themes|actors|initiatives|topics|chronology)\/[a-z0-9-]+)$/;
    expect(withScripts.filter((p) => !allowed.test(p))).toEqual([]);
  });

  it('describes the dataset as a schema.org Dataset on the home and data pages', () => {
    for (const path of ['/', '/data']) {
      const ld = visits
        .get(path)
        ?.jsonLd.find((b) => (b as Record<string, unknown>)['@type'] === 'Dataset') as
        | Record<string, unknown>
        | undefined;
      expect(ld?.['@type'], path).toBe('Dataset');
      expect(ld?.isBasedOn, path).toBeTruthy();
    }
  });

  it('lists in the sitemap only pages that exist', async () => {
    const xml = await (await fetch(`${site.origin}/sitemap.xml`)).text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
    expect(locs.length).toBeGreaterThan(20);
    for (const path of locs) expect(visits.get(path)?.status, path).toBe(200);
    expect(await (await fetch(`${site.origin}/robots.txt`)).text()).toMatch(/Sitemap: .*\/sitemap\.xml/);
  });

  it('answers an unknown path with the 404 page', async () => {
    expect((await fetch(`${site.origin}/no-such-page`)).status).toBe(404);
    const page = await context.newPage();
    const response = await page.goto(`${site.origin}/relationships/no-such-partner`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await page.close();
  });

  it('finds CPEC as the package does and puts the query in the URL', async () => {
    const page = await context.newPage();
    watch(page, '/search');
    await page.goto(`${site.origin}/search`);
    await page.locator('form[data-ready="true"]').waitFor();
    await page.getByRole('searchbox').pressSequentially('CPEC');
    await page.waitForURL(/\?q=CPEC$/);
    const expected = search('CPEC', { limit: 30 }).map((r) => r.title);
    expect(expected.length).toBeGreaterThan(0);
    const titles = async () => page.getByTestId('search-results').locator('li > a').allTextContents();
    await expect.poll(titles, { timeout: 10_000 }).toEqual(expected);
    expect(await page.getByTestId('search-results').locator('a[href="/initiatives/cpec"]').count()).toBe(1);

    // The address can be shared: opening it shows the same query and results.
    await page.goto(`${site.origin}/search?q=CPEC`);
    await expect.poll(titles, { timeout: 10_000 }).toEqual(expected);
    expect(await page.getByRole('searchbox').inputValue()).toBe('CPEC');
    await page.close();
    expect(consoleErrors).toEqual([]);
  });

  it('draws “2024 at a glance” with one link per event for keyboards, every mark linking to the event’s page', async () => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/timeline`);
    const marks = await page.locator('svg[data-testid="glance-chart"] a').evaluateAll((links) =>
      links.map((a) => {
        const id = a.getAttribute('data-event') ?? '';
        const entry = document.getElementById(id);
        return {
          id,
          href: a.getAttribute('href'),
          keyboard: a.getAttribute('aria-hidden') !== 'true' && a.getAttribute('tabindex') !== '-1',
          name: a.getAttribute('aria-label') ?? '',
          entry: entry?.matches('li.chrono-event') ? (entry.querySelector('h4')?.textContent ?? '') : null,
        };
      }),
    );
    const ids = chronology.map((e) => e.id).sort();
    expect(
      marks
        .filter((m) => m.keyboard)
        .map((m) => m.id)
        .sort(),
    ).toEqual(ids);
    expect([...new Set(marks.map((m) => m.id))].sort()).toEqual(ids);
    for (const m of marks) {
      expect(m.href, m.id).toBe(`/chronology/${m.id}`);
      const title = chronology.find((e) => e.id === m.id)?.title ?? '';
      expect(m.entry, m.id).toContain(title);
      if (m.keyboard) expect(m.name, m.id).toContain(title);
    }
    // A mark is a link a pointer can follow.
    const first = chronology[0]?.id ?? '';
    await page.locator(`svg[data-testid="glance-chart"] a[data-event="${first}"]`).first().click();
    await page.waitForURL(new RegExp(`/chronology/${first}$`));
    expect(await page.locator('h1').textContent()).toBe(chronology[0]?.title);
    await page.close();
  });

  it('keeps every mark of the chart a target of at least 24 × 24 CSS px, on a phone as on a desktop', async () => {
    for (const width of [390, 1280]) {
      const sized = await site.browser.newContext({ viewport: { width, height: 844 } });
      const page = await sized.newPage();
      await page.goto(`${site.origin}/timeline`);
      const boxes = await page
        .locator('svg[data-testid="glance-chart"] a')
        .evaluateAll((links) => links.map((a) => a.getBoundingClientRect()).map((r) => [r.width, r.height]));
      expect(boxes.length).toBeGreaterThanOrEqual(chronology.length);
      // Marks sit at fractional positions; layout rounding may shave a ten-thousandth of a pixel.
      const small = boxes.filter(([w, h]) => (w ?? 0) < 23.99 || (h ?? 0) < 23.99);
      expect(small, `at ${width} px`).toEqual([]);
      // The crawl runs every rule at the desktop width; here the size rule at each width.
      expect(await axe(page, ['target-size']), `at ${width} px`).toEqual([]);
      await sized.close();
    }
  });

  it('lists the same events, with their lanes, in the chart’s table', async () => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/timeline`);
    const lanesOfMarks = await page
      .locator('svg[data-testid="glance-chart"] a')
      .evaluateAll((links) => links.map((a) => [a.getAttribute('data-event'), a.getAttribute('data-lane')]));
    const laneCount = new Map<string, number>();
    for (const [id] of lanesOfMarks) laneCount.set(id ?? '', (laneCount.get(id ?? '') ?? 0) + 1);
    const rows = await page
      .getByTestId('glance-table')
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => ({
          id: tr.getAttribute('data-event') ?? '',
          href: tr.querySelector('a')?.getAttribute('href'),
          title: tr.querySelector('a')?.textContent,
          lanes: (tr.querySelector('td:last-child')?.textContent ?? '').split(', ').filter(Boolean),
        })),
      );
    expect(rows.map((r) => r.id)).toEqual(chronology.map((e) => e.id));
    for (const r of rows) {
      expect(r.href, r.id).toBe(`/chronology/${r.id}`);
      expect(r.title, r.id).toBe(chronology.find((e) => e.id === r.id)?.title);
      expect(r.lanes.length, r.id).toBe(laneCount.get(r.id));
    }
    await page.close();
  });

  it('shows every relationship’s events of the year, each filed once under a dimension, beside the essay', async () => {
    const page = await context.newPage();
    for (const r of relationships) {
      await page.goto(`${site.origin}/relationships/${r.id}`);
      const section = page.locator('#year-in-events');
      const filed = await section
        .locator('.chrono-brief-head a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      const expected = chronology
        .filter((e) => e.relationships.includes(r.id))
        .map((e) => `/chronology/${e.id}`);
      expect(expected.length, r.id).toBeGreaterThanOrEqual(3);
      expect([...filed].sort(), r.id).toEqual([...expected].sort());
      // Each dimension group sets the essay's layer beside the chronology's, both named.
      // A dimension the essay does not discuss here is one line, without an essay column.
      const groups = section.locator('.dimension-pair:not(.dimension-unread)');
      expect(await groups.count(), r.id).toBeGreaterThan(0);
      for (const group of await groups.all()) {
        expect(await group.locator('[data-layer="essay"]').count(), r.id).toBe(1);
        expect(await group.locator('[data-layer="chronology"]').count(), r.id).toBe(1);
      }
      expect(
        await page.locator('a[href="/methodology#coding-stance-and-trajectory"]').count(),
        r.id,
      ).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('lists their events of the year on the pages of actors, topics and initiatives', () => {
    const missing: string[] = [];
    const pages = [
      ...actors.map((a) => ({
        path: `/actors/${a.id}`,
        ids: new Set([a.id, ...(a.members ?? [])]),
        field: 'actors' as const,
      })),
      ...topics.map((t) => ({ path: `/topics/${t.id}`, ids: new Set([t.id]), field: 'topics' as const })),
      ...initiatives.map((i) => ({
        path: `/initiatives/${i.id}`,
        ids: new Set([i.id]),
        field: 'initiatives' as const,
      })),
    ];
    let listed = 0;
    for (const p of pages) {
      const links = visits.get(p.path)?.links ?? [];
      for (const e of chronology.filter((e) => e[p.field].some((id) => p.ids.has(id)))) {
        listed++;
        if (!links.includes(`${site.origin}/chronology/${e.id}`)) missing.push(`${p.path}: ${e.id}`);
      }
    }
    expect(listed).toBeGreaterThan(chronology.length);
    expect(missing).toEqual([]);
  });

  it('finds the year’s events in search, marked as the chronology, linking to their entries', async () => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/search?q=Besham`);
    const href = 'a[href="/chronology/besham-attack-on-chinese-engineers"]';
    const results = page.getByTestId('search-results');
    await expect.poll(() => results.locator(href).count(), { timeout: 10_000 }).toBe(1);
    const item = results.locator('li', { has: page.locator(href) });
    expect(await item.locator('.collection').textContent()).toBe('Event of the year, from news reports');
    expect(visits.get('/timeline')?.ids).toContain('besham-attack-on-chinese-engineers');
    // The reports are reached through the events that cite them: search leaves them out of its
    // index (the package's README says why), and each has its entry among the sources on /about.
    expect(search('Besham').some((r) => r.collection === 'sources')).toBe(false);
    const event = chronology.find((e) => e.id === 'besham-attack-on-chinese-engineers');
    for (const c of event?.provenance ?? []) expect(visits.get('/about')?.ids).toContain(c.source);
    await page.close();
  });

  it('offers the chronology in the downloads: its CSV table and the data package descriptor', async () => {
    const csv = [...files.keys()].find((p) => p.startsWith('/downloads/') && p.endsWith('-chronology.csv'));
    expect(csv).toBeDefined();
    expect(files.get(csv ?? '')?.bytes).toBeGreaterThan(1000);
    const descriptor = [...files.keys()].find((p) => p.endsWith('-datapackage.json')) ?? '';
    const pkg = (await (await fetch(site.origin + descriptor)).json()) as {
      resources: { name: string; path: string }[];
    };
    const resource = pkg.resources.find((r) => r.name === 'chronology');
    expect(resource?.path).toBe(csv?.split('/').pop());
  });

  it('gives the year in brief right after the partners: every key event linking to its page, and the chart', async () => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    const headings = await page.locator('main h2').allTextContents();
    const partners = headings.indexOf('Partners at a glance');
    expect(headings[partners + 1]).toMatch(/^\d{4} in brief$/);
    const briefLinks = await page
      .locator('.brief-list .brief-title a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(briefLinks).toEqual(chronology.filter((e) => e.key).map((e) => `/chronology/${e.id}`));
    const link = page.locator('a[href="/timeline#at-a-glance"]');
    expect(await link.count()).toBe(1);
    await link.click();
    await page.waitForURL(/\/timeline#at-a-glance$/);
    expect(await page.locator('#at-a-glance h2').textContent()).toMatch(/at a glance$/);
    await page.close();
  });

  it('lets a keyboard user skip to the content and reach the main links, with a visible focus', async () => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.textContent);
    expect(first).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.goto(`${site.origin}/`);
    const reached: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | SVGElement | null;
        if (!el) return null;
        const inSvg = el instanceof SVGElement;
        const shown = inSvg
          ? getComputedStyle(el.querySelector('path') as Element).strokeWidth
          : getComputedStyle(el).outlineStyle !== 'none' && getComputedStyle(el).outlineWidth !== '0px';
        return { href: el.getAttribute('href'), inSvg, shown };
      });
      if (!focus?.href) continue;
      reached.push(focus.inSvg ? `map:${focus.href}` : focus.href);
      expect(focus.inSvg ? focus.shown === '4px' : focus.shown, focus.href).toBe(true);
    }
    for (const href of [
      '/relationships',
      '/themes',
      '/timeline',
      '/compare',
      '/search',
      '/data',
      '/methodology',
      '/about',
    ])
      expect(reached, href).toContain(href);
    for (const r of relationships) expect(reached, r.id).toContain(`map:/relationships/${r.id}`);
    await page.close();
  });
});
