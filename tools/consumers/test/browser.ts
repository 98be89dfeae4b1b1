/**
 * Runs a browser bundle in Chromium (the system's, through playwright-core): serves a directory
 * over HTTP, opens its page and reads what the program wrote into it, failing on any page error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromiumArgs, findChromium } from '@policy/test-support/chromium';
import { type Browser, chromium } from 'playwright-core';

export const chromiumPath = findChromium();
export const hasChromium = chromiumPath !== undefined;
export const chromiumHint =
  'consumer browser cases skipped: no Chromium at $CHROME_PATH or /usr/bin/chromium (install it with: sudo apt-get install -y chromium)';

let browser: Browser | undefined;

/** The one browser of the run, launched on first use. */
async function launched(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
};

/** The page that loads `script` (classic) from `dir`, unless `dir` has its own index.html. */
export async function runInChromium(dir: string, script?: string): Promise<string> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (path === '/' && script) {
      res.setHeader('content-type', 'text/html');
      res.end(
        `<!doctype html><html><head><meta charset="utf-8"></head><body><script src="/${script}"></script></body></html>`,
      );
    } else if (path === '/favicon.ico') {
      res.statusCode = 204; // the browser asks for one; the program has none
      res.end();
    } else if (file.startsWith(dir) && existsSync(file)) {
      res.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
      res.end(readFileSync(file));
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const page = await (await launched()).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForSelector('body[data-result]', { state: 'attached', timeout: 30_000 }).catch(() => {
      throw new Error(`the program wrote no result${errors.length ? `: ${errors.join('; ')}` : ''}`);
    });
    if (errors.length) throw new Error(errors.join('; '));
    return (await page.getAttribute('body', 'data-result')) ?? '';
  } finally {
    await page.close();
    server.close();
  }
}
