import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** The flags every headless Chromium of this project runs with (no network chatter, no sandbox in CI). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The system's Chromium: `CHROME_PATH`, else Debian's /usr/bin/chromium; undefined when neither exists. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p));
}

/** The one line printed when browser tests cannot run. */
export const installHint =
  'browser tests skipped: no Chromium at $CHROME_PATH or /usr/bin/chromium (install it with: sudo apt-get install -y chromium)';

/** Launches the system Chromium through playwright-core; never a downloaded browser. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}
