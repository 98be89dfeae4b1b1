/**
 * The year first (issue 19), in the built export: the home page and every relationship page link an
 * event of the year within a phone's first two screens; every event has a page with its reports,
 * neighbours, citation in every format, JSON-LD and share image; the chart narrows by partner and
 * kind with plain links and downloads as SVG, PNG and CSV; every page advertises the feed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chronology, citationFormats, relationships, reportsOf } from '@policy/pakistan-2024';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumOrHint } from '../support/browser';
import { outDir, servedExport } from '../support/served-export';

const executable = chromiumOrHint();
/** Two screens of a 390×844 phone. */
const TWO_SCREENS = 2 * 844;

describe.skipIf(!executable)('the year first', () => {
  const site = servedExport(executable);
  let phone: BrowserContext;

  beforeAll(async () => {
    phone = await site.browser.newContext({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    });
  });

  it.each(['/', ...relationships.map((r) => `/relationships/${r.id}`)])(
    'links an event of the year within the first two screens of a phone on %s',
    async (path) => {
      const page = await phone.newPage();
      await page.goto(`${site.origin}${path}`);
      const y = await page.evaluate(() => {
        const tops = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="/chronology/"]')].map(
          (a) => a.getBoundingClientRect().top + window.scrollY,
        );
        return tops.length ? Math.min(...tops) : Number.POSITIVE_INFINITY;
      });
      expect(y).toBeLessThan(TWO_SCREENS);
      await page.close();
    },
  );

  it('gives every event a page: date, kind, summary, every report, neighbours, citations, JSON-LD and share image', async () => {
    const page = await phone.newPage();
    for (const [i, e] of chronology.entries()) {
      const response = await page.goto(`${site.origin}/chronology/${e.id}`);
      expect(response?.status(), e.id).toBe(200);
      expect(await page.locator('h1').textContent(), e.id).toBe(e.title);
      expect(await page.locator(`main time[datetime="${e.date}"]`).count(), e.id).toBeGreaterThan(0);
      expect(await page.locator('main').textContent(), e.id).toContain(e.summary);
      const quotes = await page.locator('ul.reports q').allTextContents();
      expect(quotes, e.id).toEqual(e.provenance.map((c) => c.quote));
      for (const r of reportsOf(e))
        expect(await page.locator('ul.reports').textContent(), e.id).toContain(r.publisher);
      const rel = async (name: string) =>
        page.locator(`a[rel="${name}"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(await rel('prev'), e.id).toEqual(i > 0 ? [`/chronology/${chronology[i - 1]?.id}`] : []);
      expect(await rel('next'), e.id).toEqual(
        i < chronology.length - 1 ? [`/chronology/${chronology[i + 1]?.id}`] : [],
      );
      expect(await page.locator(`a[href="/timeline#${e.id}"]`).count(), e.id).toBe(1);
      // Cite this event: every format the package knows, the event's own citation first.
      const summaries = await page.locator('.cite-this summary').allTextContents();
      expect(summaries, e.id).toEqual(citationFormats.map((f) => f.label));
      expect(await page.locator('#cite-bibtex').textContent(), e.id).toMatch(/^@/);
      JSON.parse((await page.locator('#cite-csl-json').textContent()) ?? '');
      const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
        (t) => JSON.parse(t) as { '@type': string; startDate?: string; name?: string },
      );
      const node = ld.find((n) => n['@type'] === 'Event');
      expect(node?.startDate, e.id).toBe(e.date);
      expect(node?.name, e.id).toBe(e.title);
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(image, e.id).toContain(`/chronology/${e.id}/opengraph-image`);
    }
    await page.close();
  });

  it('keeps /timeline#<id> working: the entry is there, and links to the event’s page', async () => {
    const page = await phone.newPage();
    await page.goto(`${site.origin}/timeline`);
    for (const e of chronology) {
      const link = page.locator(`li#${e.id} h4 a`);
      expect(await link.getAttribute('href'), e.id).toBe(`/chronology/${e.id}`);
    }
    await page.close();
  });

  it('narrows the chart by partner and by kind with plain links, each view holding only its events', async () => {
    const page = await phone.newPage();
    await page.goto(`${site.origin}/timeline`);
    const views = await page
      .locator('nav.chart-views a')
      .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href') ?? ''))]);
    const kinds = views.filter((v) => v.startsWith('/timeline/kind/'));
    const partners = views.filter((v) => v.startsWith('/timeline/partner/'));
    expect(partners).toContain('/timeline/partner/iran');
    for (const r of relationships) expect(partners).toContain(`/timeline/partner/${r.id}`);
    for (const view of kinds) {
      const kind = view.split('/').pop();
      await page.goto(`${site.origin}${view}`);
      const marks = await page
        .locator('svg[data-testid="glance-chart"] a')
        .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('data-event')))]);
      expect(marks.sort(), view).toEqual(
        chronology
          .filter((e) => e.kind === kind)
          .map((e) => e.id)
          .sort(),
      );
    }
    for (const r of relationships) {
      await page.goto(`${site.origin}/timeline/partner/${r.id}`);
      const marks = await page
        .locator('svg[data-testid="glance-chart"] a')
        .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('data-event')))]);
      expect(marks.sort(), r.id).toEqual(
        chronology
          .filter((e) => e.relationships.includes(r.id))
          .map((e) => e.id)
          .sort(),
      );
    }
    await page.close();
  });

  it('labels the key events on the chart and lists them by number', async () => {
    const page = await phone.newPage();
    await page.goto(`${site.origin}/timeline`);
    const labels = await page.locator('svg[data-testid="glance-chart"] .glance-key-label').allTextContents();
    const key = chronology.filter((e) => e.key);
    expect([...new Set(labels)].map(Number).sort((a, b) => a - b)).toEqual(key.map((_, i) => i + 1));
    const listed = await page
      .locator('.glance-key-list a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(listed).toEqual(key.map((e) => `/chronology/${e.id}`));
    await page.close();
  });

  it('downloads the chart as SVG and PNG and its events as CSV', async () => {
    const svg = await fetch(`${site.origin}/timeline/chart.svg`);
    expect(svg.status).toBe(200);
    const text = await svg.text();
    expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    for (const e of chronology) expect(text).toContain(`/chronology/${e.id}`);
    const png = Buffer.from(await (await fetch(`${site.origin}/timeline/chart.png`)).arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const csv = (await (await fetch(`${site.origin}/timeline/chart.csv`)).text()).trim().split('\r\n');
    expect(csv[0]).toBe('id,date,end,kind,title,lanes,key,key_reason,url');
    expect(csv.slice(1).map((line) => line.split(',')[0])).toEqual(chronology.map((e) => e.id));
  });

  it('passes axe (WCAG 2.2 AA) on the pages of the year, in light mode, and its contrast rule in dark mode', async () => {
    const key = chronology.find((e) => e.key) ?? chronology[0];
    const pages = [
      '/',
      `/relationships/${relationships[0]?.id}`,
      `/chronology/${key?.id}`,
      '/timeline',
      '/timeline/partner/iran',
      '/timeline/kind/visit',
      '/actors/iran',
      '/compare',
      '/data',
      '/changelog',
      '/methodology',
    ];
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(`${site.origin}${path}`);
        const builder = new AxeBuilder({ page }).withTags([
          'wcag2a',
          'wcag2aa',
          'wcag21a',
          'wcag21aa',
          'wcag22aa',
        ]);
        const { violations } = await (colorScheme === 'dark'
          ? builder.withRules(['color-contrast'])
          : builder
        ).analyze();
        for (const v of violations)
          found.push(`${colorScheme} ${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
      await context.close();
    }
    expect(found).toEqual([]);
    // axe on /timeline and /methodology takes tens of seconds each on a loaded machine.
  }, 900_000);

  it('advertises the Atom feed on every page, and serves it with every event', async () => {
    const page = await phone.newPage();
    for (const path of ['/', '/timeline', '/compare', `/chronology/${chronology[0]?.id}`, '/data']) {
      await page.goto(`${site.origin}${path}`);
      const href = await page
        .locator('link[rel="alternate"][type="application/atom+xml"]')
        .getAttribute('href');
      expect(href, path).toMatch(/\/feed\.xml$/);
    }
    await page.close();
    const feed = parseFeed(readFileSync(join(outDir, 'feed.xml'), 'utf8'));
    expect(feed.items).toHaveLength(chronology.length);
  });
});
