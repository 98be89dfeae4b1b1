/**
 * What the measuring and screenshot scripts share: their label argument, the built export served
 * with Chromium to look at it (or the install hint and exit 1), a folder for the pictures, and
 * pngquant to shrink them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { findChromium, installHint, launchChromium } from '../test/support/browser';
import { createStaticServer, listen } from './serve.mjs';

/** The label that names a run's pictures (argv[2]), or the usage line and exit 1. */
export function labelArgument(script: string): string {
  const label = process.argv[2];
  if (!label || !/^[a-z0-9-]+$/.test(label)) {
    console.error(`usage: tsx scripts/${script} <label>  (lower-case letters, digits, hyphens)`);
    process.exit(1);
  }
  return label;
}

/** `folder` under the working directory, made if missing. */
export function pictureFolder(...folder: string[]): string {
  const dir = join(process.cwd(), ...folder);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Shrinks a PNG in place with pngquant to 32 colours, which keep text and patterns crisp at about a
 * fifth of the size; the plain PNG stays where pngquant is not installed or would not make it smaller.
 */
export function quantize(file: string): void {
  try {
    execFileSync('pngquant', [
      '--force',
      '--skip-if-larger',
      '--speed',
      '1',
      '--quality=40-75',
      '--ext',
      '.png',
      '32',
      file,
    ]);
  } catch {
    // Not installed, or no smaller.
  }
}

/**
 * Serves the built export on a free port, opens Chromium, runs `look` with the server's origin and
 * the browser, and closes both whatever happens; without Chromium, prints the hint and exits 1.
 */
export async function withExport<T>(look: (origin: string, browser: Browser) => Promise<T>): Promise<T> {
  const executable = findChromium();
  if (!executable) {
    console.error(installHint);
    process.exit(1);
  }
  const server = createStaticServer();
  const { url } = await listen(server, 0);
  const browser = await launchChromium(executable);
  try {
    return await look(url, browser);
  } finally {
    await browser.close();
    server.close();
  }
}
