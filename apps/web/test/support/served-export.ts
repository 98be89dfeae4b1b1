/**
 * The built export as the browser tests meet it: where it is, which pages it has, and one fixture
 * that serves it and launches Chromium for a test file. (Scripts use ./browser.ts; this one needs vitest.)
 */
import { existsSync, readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createStaticServer, listen } from '../../scripts/serve.mjs';
import { installHint, launchChromium } from './browser';

/** The static export the browser tests load, as `pnpm build` leaves it. */
export const outDir = join(import.meta.dirname, '..', '..', 'out');

/**
 * The site path of every page of the export (`index.html` is `/`, `about.html` is `/about`), found
 * on disk so that a new page is checked without being listed. The not-found page (`/404`, and
 * Next's own copy `/_not-found`) only when asked for.
 */
export function exportedPages(options: { notFound?: boolean } = {}): string[] {
  if (!existsSync(outDir)) return [];
  const notFound = (path: string) => path === '/404' || path === '/_not-found';
  return readdirSync(outDir, { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && f.name.endsWith('.html'))
    .map((f) => `/${relative(outDir, join(f.parentPath, f.name)).replace(/\\/g, '/')}`)
    .map((p) => p.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '') || '/')
    .filter((p) => options.notFound || !notFound(p))
    .sort();
}

/** The export served on a free port, and a browser to load it in. */
export interface ServedExport {
  /** The server's origin, e.g. `http://127.0.0.1:40123`: pages are `${origin}${path}`. */
  readonly origin: string;
  readonly browser: Browser;
}

/**
 * Called inside a `describe`: serves the export (out/, or `root` under the path `base`, with the
 * headers `pnpm start` sends) and launches Chromium before the block's tests, and closes both after
 * them. Its fields are read in hooks and tests, once set; a block's own `beforeAll` declared after
 * this call runs after it.
 */
export function servedExport(
  executable: string | undefined,
  options: { root?: string; base?: string } = {},
): ServedExport {
  const { root = outDir, base } = options;
  let server: Server | undefined;
  let origin: string | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!existsSync(join(root, 'index.html')))
      throw new Error(`no static export in ${relative(process.cwd(), root) || '.'}/: run pnpm build first`);
    if (!executable) throw new Error(installHint);
    server = createStaticServer(root, { base });
    ({ url: origin } = await listen(server, 0));
    browser = await launchChromium(executable);
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });
  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`servedExport: ${name} is read before the export is served`);
    return value;
  };
  return {
    get origin() {
      return ready(origin, 'origin');
    },
    get browser() {
      return ready(browser, 'browser');
    },
  };
}
