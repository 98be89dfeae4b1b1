/**
 * Nothing on screen may move once a page is drawn, as Lighthouse's CLS counts it, on a phone
 * (Lighthouse's mobile viewport) and on a desktop. The search page renders its results after the
 * page is drawn; the other pages stream in and must hold their layout while they do.
 */
import { search } from '@policy/pakistan-2024';
import { describe, expect, it } from 'vitest';
import { chromiumOrHint } from '../support/browser';
import { servedExport } from '../support/served-export';

const executable = chromiumOrHint();
const expected = search('cpec', { limit: 30 }).length;

describe.skipIf(!executable)('layout shift', () => {
  const site = servedExport(executable);

  const sizes = [
    [412, 823],
    [1350, 940],
  ] as const;
  // The pages a crawl of the site once found a shift on, or that load most: the home page, the
  // timeline (its legends), a relationship page, and search, empty and with results.
  const pages = ['/', '/timeline', '/relationships/pakistan-china', '/search', '/search?q=cpec'];
  it.each(pages.flatMap((path) => sizes.map(([width, height]) => [path, width, height] as const)))(
    'moves nothing on %s at %i × %i px while it loads (CLS 0)',
    async (path, width, height) => {
      const context = await site.browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      // Every layout shift from the first paint on, as Lighthouse adds them up, with what moved and
      // from where to where, so that a failure names the element instead of only a score.
      await page.addInitScript(() => {
        type Source = { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
        const w = window as unknown as { shifts: unknown[] };
        const rect = (r: DOMRectReadOnly) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
        const name = (n?: Node | null) =>
          n instanceof Element
            ? `<${n.localName}${n.id ? `#${n.id}` : ''}${n.className ? `.${String(n.className).split(' ').join('.')}` : ''}>`
            : String(n?.nodeName);
        w.shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            const { value, sources } = e as unknown as { value: number; sources: Source[] };
            w.shifts.push({
              value,
              moved: sources.map((s) => `${name(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)}`),
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
      // The empty search page too: its script fills the narrowing controls from the address.
      if (path === '/search') await page.locator('#search-form[data-ready="true"]').waitFor();
      if (path.startsWith('/search?'))
        await expect
          .poll(() => page.getByTestId('search-results').locator('li').count(), { timeout: 10_000 })
          .toBe(expected);
      // Let any shift after the load (or the results) be reported before reading them.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts)).toEqual([]);
      await context.close();
    },
  );
});
