/**
 * Measures how soon a reader meets the year, and keeps a picture of each first screen (issue 19).
 * On the built export, at 390×844 and 1280×800, light and dark, it writes
 * `docs/screenshots/year-<label>-<page>-<width>-<scheme>.png` (first screen only, quantized with
 * pngquant when installed) for the home page, a relationship page, an event page (when the export
 * has one), /timeline and /compare; and prints, as Markdown, the y of the first link to an event of
 * the year on the home page and every relationship page at 390×844, the height of /data and
 * /methodology at both widths, and each page's document width at 320 and 390 px.
 * Usage: tsx scripts/measure-year.ts <label>
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chronology, relationships } from '@policy/pakistan-2024';
import { labelArgument, pictureFolder, quantize, withExport } from './export-session';
import { defaultRoot } from './serve.mjs';

const label = labelArgument('measure-year.ts');
const outDir = pictureFolder('docs', 'screenshots');

const firstEvent = chronology.find((e) => e.key) ?? chronology[0];
const eventPage =
  firstEvent && existsSync(join(defaultRoot, 'chronology', `${firstEvent.id}.html`))
    ? `/chronology/${firstEvent.id}`
    : undefined;
const shots: [string, string][] = [
  ['home', '/'],
  ['relationship', '/relationships/pakistan-china'],
  ...(eventPage ? [['event', eventPage] as [string, string]] : []),
  ['timeline', '/timeline'],
  ['compare', '/compare'],
];
// A link to an event of the year: its own page, or its entry on /timeline.
const eventIds = chronology.map((e) => e.id);

const out: string[] = [];
await withExport(async (url, browser) => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ])
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await context.newPage();
      for (const [name, path] of shots) {
        await page.goto(`${url}${path}`);
        const file = join(outDir, `year-${label}-${name}-${viewport.width}-${colorScheme}.png`);
        await page.screenshot({ path: file });
        quantize(file);
      }
      await context.close();
    }

  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  out.push('| page (390×844) | first link to an event of the year, y in px |', '| --- | --- |');
  for (const path of ['/', ...relationships.map((r) => `/relationships/${r.id}`)]) {
    await page.goto(`${url}${path}`);
    const y = await page.evaluate((ids) => {
      const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].filter((a) => {
        const href = a.getAttribute('href') ?? '';
        return ids.some((id) => href.endsWith(`/chronology/${id}`) || href.endsWith(`#${id}`));
      });
      const first = links.map((a) => a.getBoundingClientRect().top + window.scrollY).sort((a, b) => a - b)[0];
      return first === undefined ? null : Math.round(first);
    }, eventIds);
    out.push(`| ${path} | ${y ?? 'none'} |`);
  }
  await context.close();

  out.push('', '| page | height at 390 px | height at 1280 px |', '| --- | --- | --- |');
  for (const path of ['/data', '/methodology']) {
    const heights: number[] = [];
    for (const width of [390, 1280]) {
      const c = await browser.newContext({ viewport: { width, height: 800 } });
      const p = await c.newPage();
      await p.goto(`${url}${path}`);
      heights.push(await p.evaluate(() => document.documentElement.scrollHeight));
      await c.close();
    }
    out.push(`| ${path} | ${heights[0]} | ${heights[1]} |`);
  }

  out.push('', '| page | document width at 320 px | at 390 px |', '| --- | --- | --- |');
  for (const path of ['/', '/timeline', '/compare', '/data', '/relationships/pakistan-china']) {
    const widths: number[] = [];
    for (const width of [320, 390]) {
      const c = await browser.newContext({ viewport: { width, height: 800 } });
      const p = await c.newPage();
      await p.goto(`${url}${path}`);
      widths.push(await p.evaluate(() => document.documentElement.scrollWidth));
      await c.close();
    }
    out.push(`| ${path} | ${widths[0]} | ${widths[1]} |`);
  }
});
console.log(out.join('\n'));
