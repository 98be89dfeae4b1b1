import { type Browser, chromium } from 'playwright-core';
import { chromiumArgs } from '../../scripts/chromium.mjs';

export { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';

/** The one line printed when browser tests cannot run. */
export const installHint =
  'browser tests skipped: no Chromium at $CHROME_PATH or /usr/bin/chromium (install it with: sudo apt-get install -y chromium)';

/** Launches the system Chromium through playwright-core; never a downloaded browser. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}
