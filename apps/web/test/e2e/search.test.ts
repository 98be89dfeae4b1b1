/**
 * The search page in a browser, beyond the crawl's CPEC check: narrowing kept in a shareable
 * address, partial matches labelled, "did you mean" and the way on, and whole-word marks. The
 * results are the package's (the parity test compares the functions; this, what the page shows).
 */
import { search } from '@policy/pakistan-2024';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumOrHint } from '../support/browser';
import { servedExport } from '../support/served-export';

const executable = chromiumOrHint();

describe.skipIf(!executable)('the search page', () => {
  const site = servedExport(executable);
  const errors: string[] = [];

  const open = async (path: string): Promise<Page> => {
    const page = await site.browser.newPage();
    page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${path}: ${m.text()}`);
    });
    await page.goto(site.origin + path);
    await page.locator('form[data-ready="true"]').waitFor();
    return page;
  };
  const titles = (page: Page) =>
    page.getByTestId('search-results').locator('li:not(.search-help) > a').allTextContents();

  it('opens a shared address with its narrowing, and keeps changes in the address', async () => {
    const page = await open('/search?q=visit&partner=cn&sort=date');
    const expected = search('visit', { partner: 'cn', sort: 'date', limit: 30 }).map((r) => r.title);
    expect(expected.length).toBeGreaterThan(1);
    await expect.poll(() => titles(page), { timeout: 10_000 }).toEqual(expected);
    expect(await page.locator('#search-partner').inputValue()).toBe('china');
    expect(await page.locator('#search-sort').inputValue()).toBe('date');
    await page.locator('#search-layer').selectOption('essay');
    await page.waitForURL(/\?q=visit&layer=essay&partner=china&sort=date$/);
    const essay = search('visit', { partner: 'china', layer: 'essay', sort: 'date', limit: 30 });
    await expect.poll(() => titles(page), { timeout: 10_000 }).toEqual(essay.map((r) => r.title));
    await page.close();
  });

  it('labels partial matches, and offers "did you mean" and the timeline when nothing matches', async () => {
    const page = await open('/search?q=russia%20oil');
    await expect
      .poll(() => page.getByTestId('search-status').textContent(), { timeout: 10_000 })
      .toMatch(/^No record matches every word of “russia oil”/);
    expect(await page.getByTestId('search-results').textContent()).toContain('partial match');

    await page.goto(`${site.origin}/search?q=tailban`);
    const help = page.locator('#search-results .search-help');
    await expect.poll(() => help.textContent(), { timeout: 10_000 }).toContain('Did you mean taliban?');
    expect(await help.locator('a', { hasText: 'taliban' }).getAttribute('href')).toBe('/search?q=taliban');
    expect(await help.locator('a', { hasText: 'the timeline' }).getAttribute('href')).toBe('/timeline');
    await page.close();
  });

  it('marks whole words only, and says which option of the address is wrong', async () => {
    const page = await open('/search?q=us%20aid');
    const marks = page.getByTestId('search-results').locator('mark');
    await expect.poll(() => marks.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    for (const text of await marks.allTextContents()) expect(['us', 'aid']).toContain(text.toLowerCase());

    await page.goto(`${site.origin}/search?q=visit&partner=narnia`);
    await expect
      .poll(() => page.getByTestId('search-status').textContent(), { timeout: 10_000 })
      .toMatch(/^Cannot search: partner "narnia" is no actor of the dataset/);
    await page.close();
    expect(errors).toEqual([]);
  });
});
