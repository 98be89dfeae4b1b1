/**
 * The Content-Security-Policy in Chromium (issue 24): every page of the export loads with its policy
 * (its <meta> and the static server's header) and not one violation is reported; the site works
 * without JavaScript and search works with it; and the script a changeset could carry runs nowhere:
 * not as the site renders it, and not even if it reached a page raw.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/markdown';
import { chromiumOrHint } from '../support/browser';
import { exportedPages, outDir, servedExport } from '../support/served-export';
import { XSS_PAYLOADS } from '../support/xss';

const executable = chromiumOrHint();

// Records each violation in the page itself, from before its first script (a <meta> policy reports
// through the same event as a header's).
const RECORD_VIOLATIONS = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
});`;

describe.skipIf(!executable)('the Content-Security-Policy in Chromium', () => {
  const site = servedExport(executable);
  const pages = exportedPages({ notFound: true });

  /** Opens `path`, waits for it to settle, and returns what it reported (violations, console, dialogs). */
  async function load(page: Page, path: string) {
    const reports: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (m) => {
      if (/Content[- ]Security[- ]Policy|Refused to/i.test(m.text())) reports.push(`${path}: ${m.text()}`);
    });
    page.on('dialog', (d) => {
      dialogs.push(`${path}: ${d.message()}`);
      void d.dismiss();
    });
    const response = await page.goto(site.origin + path, { waitUntil: 'load' });
    await page.waitForTimeout(50);
    const violations = (await page.evaluate('window.__violations')) as string[];
    return {
      response,
      reports: [...reports, ...violations.map((v) => `${path}: ${v}`)],
      dialogs,
    };
  }

  it('every exported page carries its policy in <meta> and the same in the header, and none reports a violation', async () => {
    expect(pages.length).toBeGreaterThan(50);
    const context = await site.browser.newContext();
    await context.addInitScript(RECORD_VIOLATIONS);
    const reports: string[] = [];
    const mismatches: string[] = [];
    const queue = [...pages];
    // A few pages at a time: each is a full load in Chromium on a shared machine.
    await Promise.all(
      Array.from({ length: 3 }, async () => {
        const page = await context.newPage();
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          const { response, reports: found } = await load(page, path);
          reports.push(...found);
          const meta = await page
            .locator('meta[http-equiv="Content-Security-Policy"]')
            .getAttribute('content', { timeout: 1000 })
            .catch(() => null);
          const header = response?.headers()['content-security-policy'];
          if (!meta || header !== `${meta}; frame-ancestors 'none'`)
            mismatches.push(`${path}: meta ${meta ?? 'missing'}, header ${header ?? 'missing'}`);
          if (response?.headers()['referrer-policy'] !== 'no-referrer')
            mismatches.push(`${path}: referrer policy`);
          if (
            !meta?.includes("object-src 'none'") ||
            !meta.includes("base-uri 'self'") ||
            !meta.includes("form-action 'self'")
          )
            mismatches.push(`${path}: directives missing from ${meta}`);
        }
        await page.close();
      }),
    );
    await context.close();
    expect(mismatches).toEqual([]);
    expect(reports).toEqual([]);
  });

  it('the site works without JavaScript: pages render their content and links', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ['/', '/relationships/pakistan-china', '/timeline', '/data']) {
      const response = await page.goto(site.origin + path);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('h1').count(), path).toBe(1);
      expect(await page.locator('main a[href]').count(), path).toBeGreaterThan(3);
    }
    await context.close();
  });

  it('search works with JavaScript under the policy', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(RECORD_VIOLATIONS);
    const page = await context.newPage();
    const { reports } = await load(page, '/search?q=CPEC');
    await expect
      .poll(() => page.getByTestId('search-results').locator('a[href="/initiatives/cpec"]').count(), {
        timeout: 15_000,
      })
      .toBe(1);
    await page.getByRole('searchbox').fill('');
    await page.getByRole('searchbox').pressSequentially('Besham');
    await expect
      .poll(() => page.getByTestId('search-results').locator('li > a').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(reports).toEqual([]);
    expect((await page.evaluate('window.__violations')) as string[]).toEqual([]);
    await context.close();
  });

  it('runs none of the payloads a changeset could carry: escaped as rendered, blocked even if raw', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(RECORD_VIOLATIONS);
    const page = await context.newPage();
    const original = readFileSync(join(outDir, 'data.html'), 'utf8');
    const rendered = renderMarkdown(XSS_PAYLOADS.map((p) => `- ${p}`).join('\n'));
    // The changelog page, once with the payloads as the site renders them, once with them pasted raw
    // (as if the Markdown step let them through): served under the page's own policy header.
    for (const [name, inject] of [
      ['rendered', rendered],
      ['raw', XSS_PAYLOADS.filter((p) => p.startsWith('<')).join('\n')],
    ] as const) {
      const path = `/data-${name}-probe`;
      await page.route(`${site.origin}${path}`, async (route) => {
        const real = await route.fetch({ url: `${site.origin}/data` });
        await route.fulfill({
          response: real,
          body: original.replace('<main', `<div id="probe">${inject}</div><main`),
        });
      });
      const { dialogs, reports } = await load(page, path);
      await page
        .locator('#probe')
        .hover()
        .catch(() => undefined);
      await page.waitForTimeout(300);
      expect(dialogs, name).toEqual([]);
      expect(await page.evaluate('document.domain && window.__pwned'), name).toBeFalsy();
      if (name === 'rendered') expect(reports, name).toEqual([]);
      // Raw, the browser sees the handlers and scripts and the policy refuses each one.
      else expect(reports.join('\n'), name).toMatch(/script-src/);
    }
    await context.close();
  });
});
