// The system Chromium and the flags every headless run of this project uses (no network
// chatter, no sandbox as root in CI), shared by the site's browser tests, its Lighthouse bench and
// the consumer matrix's browser cases. Plain JavaScript, so that the bench runs it under node as is.
import { existsSync } from 'node:fs';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** `CHROME_PATH`, else Debian's /usr/bin/chromium; undefined when neither exists. */
export function findChromium() {
  return [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
}
