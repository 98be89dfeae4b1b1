/**
 * Measures the home page of the built export as a phone and a desktop reader meet it, and keeps a
 * picture of each first screen: at 390×844 and 1280×800, light and dark, it writes
 * `docs/screenshots/home-<label>-<width>-<scheme>.png` (the first screen only, plus the map at
 * 390 px) and prints, as Markdown, where the first relationship link sits, how many of the
 * relationships have a link on the first screen, and the size of every partner's target on the map.
 * Screenshots are compressed with pngquant when it is installed (apt-get install pngquant).
 * Usage: tsx scripts/measure-home.ts <label>
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { labelArgument, pictureFolder, quantize, withExport } from './export-session';
import { defaultRoot } from './serve.mjs';

const label = labelArgument('measure-home.ts');
const outDir = pictureFolder('docs', 'screenshots');

const viewports = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

const lines: string[] = [];
const written: string[] = [];
await withExport(async (url, browser) => {
  for (const viewport of viewports)
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await context.newPage();
      await page.goto(`${url}/`);
      // tsx names the helper functions of the measuring code with esbuild's __name, which the page lacks.
      await page.evaluate('globalThis.__name = (f) => f');
      const base = join(outDir, `home-${label}-${viewport.width}-${colorScheme}`);
      await page.screenshot({ path: `${base}.png` });
      written.push(`${base}.png`);
      if (viewport.width < 600) {
        await page.locator('svg[data-testid="partner-map"]').screenshot({ path: `${base}-map.png` });
        written.push(`${base}-map.png`);
      }
      if (colorScheme === 'light') {
        const m = await page.evaluate((fold) => {
          const box = (e: Element) => e.getBoundingClientRect();
          const relationshipLink = /^\/relationships\/[^/]+$/;
          const links = [...document.querySelectorAll('main a[href]')].filter((a) =>
            relationshipLink.test(a.getAttribute('href') ?? ''),
          );
          const onFirstScreen = new Set(
            links
              .filter((a) => box(a).bottom + window.scrollY <= fold && box(a).height > 0)
              .map((a) => a.getAttribute('href')),
          );
          const first = links.map(box).filter((b) => b.height > 0)[0];
          const targets = [...document.querySelectorAll('svg[data-testid="partner-map"] a[href]')].map(
            (a) => {
              const b = box(a);
              // The largest single shape of the link: a group's link spans several countries.
              const parts = [...a.querySelectorAll('path, circle, rect')].map(box);
              const largest = parts.reduce(
                (x, p) => (p.width * p.height > x.width * x.height ? p : x),
                parts[0] ?? b,
              );
              return {
                href: a.getAttribute('href') ?? '',
                link: `${Math.round(b.width)}×${Math.round(b.height)}`,
                shape: `${Math.round(largest.width)}×${Math.round(largest.height)}`,
              };
            },
          );
          const label = document.querySelector('svg[data-testid="partner-map"] .map-home-label');
          return {
            firstLinkY: first ? Math.round(first.top + window.scrollY) : null,
            onFirstScreen: onFirstScreen.size,
            targets,
            homeLabelPx: label ? Math.round(box(label).height) : null,
            mapWidth: Math.round(
              box(document.querySelector('svg[data-testid="partner-map"]') as Element).width,
            ),
          };
        }, viewport.height);
        lines.push(
          `### ${viewport.width}×${viewport.height}`,
          '',
          `- first link to a relationship: y = ${m.firstLinkY} px (fold at ${viewport.height} px)`,
          `- relationships with a link wholly on the first screen: ${m.onFirstScreen}`,
          `- map drawn ${m.mapWidth} px wide; Pakistan's label ${m.homeLabelPx ?? '–'} px tall`,
          '',
          '| map link | link box (px) | largest shape in it (px) |',
          '| --- | --- | --- |',
          ...m.targets.map((t) => `| ${t.href} | ${t.link} | ${t.shape} |`),
          '',
        );
      }
      await context.close();
    }
});
for (const file of written) quantize(file);
const html = join(defaultRoot, 'index.html');
const kib = (file: string) => (existsSync(file) ? `${(statSync(file).size / 1024).toFixed(1)} KiB` : '–');
console.log(`## Home page, ${label}\n`);
console.log(`- HTML: ${kib(html)} raw, ${kib(`${html}.br`)} brotli\n`);
console.log(lines.join('\n'));
console.log(`Screenshots: ${written.map((f) => `${f.replace(`${outDir}/`, '')} (${kib(f)})`).join(', ')}`);
