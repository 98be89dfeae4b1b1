/**
 * No page scrolls sideways on a phone: every page of the export (every HTML file in out/, so a new
 * page is checked without being listed) is loaded at 320 and 390 px, and the document must be no
 * wider than the viewport. Wide content (the chart, tables) scrolls inside its own region instead.
 */
import { describe, expect, it } from 'vitest';
import { chromiumOrHint } from '../support/browser';
import { exportedPages, servedExport } from '../support/served-export';

const executable = chromiumOrHint();

describe.skipIf(!executable)('no page scrolls sideways on a phone', () => {
  const site = servedExport(executable);
  const pages = exportedPages();

  it('finds the pages to check: the home page, the timeline, the event pages', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/timeline');
    expect(pages.filter((p) => p.startsWith('/chronology/')).length).toBeGreaterThan(0);
  });

  it.each([320, 390])(
    'keeps every page within a %i px wide screen',
    async (width) => {
      const context = await site.browser.newContext({
        viewport: { width, height: 800 },
        javaScriptEnabled: false,
      });
      const page = await context.newPage();
      const wide: string[] = [];
      for (const path of pages) {
        await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
        const documentWidth = await page.evaluate(() =>
          Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
        );
        if (documentWidth > width) wide.push(`${path}: ${documentWidth} px`);
      }
      await context.close();
      expect(wide, `pages wider than ${width} px`).toEqual([]);
    },
    1_200_000,
  );
});
