import type { BrowserContext, Page } from 'playwright-core';

/**
 * Visits every path of `queue` with `workers` pages of `context` at once, until the queue is empty
 * and no page is still being visited (a visit may add paths to the queue as it finds links).
 */
export async function crawlQueue(
  context: BrowserContext,
  queue: string[],
  visit: (page: Page, path: string) => Promise<void>,
  options: { workers?: number; prepare?: (page: Page) => void } = {},
): Promise<void> {
  let busy = 0;
  const worker = async () => {
    const page = await context.newPage();
    options.prepare?.(page);
    // A worker stops when the queue is empty and no other worker can add to it any more.
    while (queue.length || busy > 0) {
      const path = queue.shift();
      if (path === undefined) {
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      busy++;
      try {
        await visit(page, path);
      } finally {
        busy--;
      }
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: options.workers ?? 3 }, worker));
}
