/**
 * No page scrolls sideways on a phone: every page of the export (every HTML file in out/, so a new
 * page is checked without being listed) is loaded at 320 and 390 px, and the document must be no
 * wider than the viewport. Wide content (the chart, tables) scrolls inside its own region instead.
 */
import { existsSync, readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, listen } from '../../scripts/serve.mjs';
import { findChromium, installHint, launchChromium } from '../support/browser';

const executable = findChromium();
if (!executable && process.env.CI === 'true')
  throw new Error(`CI=true but ${installHint.replace('browser tests skipped: ', '')}`);
const outDir = join(import.meta.dirname, '..', '..', 'out');

/** The site path of every exported page: `index.html` is `/`, `about.html` is `/about`. */
function exportedPages(dir = outDir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && f.name.endsWith('.html') && !f.name.startsWith('_'))
    .map((f) => `/${relative(outDir, join(f.parentPath, f.name)).replace(/\.html$/, '')}`)
    .map((p) => (p === '/index' ? '/' : p))
    .filter((p) => p !== '/404')
    .sort();
}

describe.skipIf(!executable)('no page scrolls sideways on a phone', () => {
  let server: Server;
  let base: string;
  let browser: Browser;
  const pages = exportedPages();

  beforeAll(async () => {
    if (!existsSync(join(outDir, 'index.html')))
      throw new Error('no static export in out/: run pnpm build first');
    server = createStaticServer(outDir);
    ({ url: base } = await listen(server, 0));
    browser = await launchChromium(executable as string);
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('finds the pages to check: the home page, the timeline, the event pages', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/timeline');
    expect(pages.filter((p) => p.startsWith('/chronology/')).length).toBeGreaterThan(0);
  });

  it.each([320, 390])(
    'keeps every page within a %i px wide screen',
    async (width) => {
      const context = await browser.newContext({
        viewport: { width, height: 800 },
        javaScriptEnabled: false,
      });
      const page = await context.newPage();
      const wide: string[] = [];
      for (const path of pages) {
        await page.goto(`${base}${path}`, { waitUntil: 'load' });
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
