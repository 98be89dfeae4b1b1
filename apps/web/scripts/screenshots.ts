/**
 * Screenshots of the built site for a human look: home and one relationship page (or the paths
 * given), at 360 px and 1280 px, light and dark, into test-results/screenshots/.
 * Usage: tsx scripts/screenshots.ts [path …]
 */
import { join } from 'node:path';
import { pictureFolder, withExport } from './export-session';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/relationships/pakistan-china'];
const outDir = pictureFolder('test-results', 'screenshots');
await withExport(async (url, browser) => {
  for (const path of paths)
    for (const width of [360, 1280])
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
        const page = await context.newPage();
        await page.goto(`${url}${path}`);
        const slug = path === '/' ? 'home' : path.replace(/^\//, '').replace(/[/#?=]/g, '_');
        // Long pages come in parts of at most 1600 px, so that each part can be looked at in full.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const part = 1600;
        for (let y = 0, n = 1; y < height; y += part, n++) {
          const file = join(outDir, `${slug}-${width}-${colorScheme}-${n}.png`);
          const clip = { x: 0, y, width, height: Math.min(part, height - y) };
          await page.screenshot({ path: file, fullPage: true, clip });
          console.log(file);
        }
        await context.close();
      }
});
