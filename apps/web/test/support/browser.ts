import { chromiumArgs, findChromium } from '@policy/test-support/chromium';
import { type Browser, chromium } from 'playwright-core';

export { chromiumArgs, findChromium } from '@policy/test-support/chromium';

/** The one line printed when browser tests cannot run. */
export const installHint =
  'browser tests skipped: no Chromium at $CHROME_PATH or /usr/bin/chromium (install it with: sudo apt-get install -y chromium)';

/** Launches the system Chromium through playwright-core; never a downloaded browser. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}

/**
 * The Chromium a browser test file drives, found once per file. Without one the file's tests skip
 * after the one-line hint; under `CI=true` a missing browser fails the run instead of skipping it.
 */
export function chromiumOrHint(): string | undefined {
  const executable = findChromium();
  if (!executable) {
    if (process.env.CI === 'true')
      throw new Error(`CI=true but ${installHint.replace('browser tests skipped: ', '')}`);
    console.warn(installHint);
  }
  return executable;
}
