/**
 * Hostile input on the site (issue 24): Markdown from a changeset cannot carry script, the
 * post-build step judges a script by its real `type`, and the Content-Security-Policy lists only
 * the inline scripts Next writes. (The browser test, test/e2e/csp.test.ts, loads every page.)
 */
import { describe, expect, it } from 'vitest';
import {
  allowedScriptHashes,
  contentSecurityPolicy,
  policyOfPage,
  scriptHash,
  withPolicyMeta,
} from '@/build/csp';
import { stripScripts } from '@/build/hydration';
import { renderMarkdown, safeHref } from '@/lib/markdown';
import { XSS_PAYLOADS } from '../support/xss';

describe('Markdown cannot carry script', () => {
  it.each(XSS_PAYLOADS)('renders %s with no element or address that can run', (payload) => {
    const html = renderMarkdown(`## 1.2.0\n\n- ${payload}\n\n${payload}\n`);
    expect(html).not.toMatch(/<(img|details|script|svg|iframe)\b/i);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
    expect(html).not.toMatch(/href="\s*javascript:/i);
    expect(html).not.toMatch(/<img/i);
  });

  it('shows raw HTML as text, so a reader sees what was written', () => {
    expect(renderMarkdown('a <b>bold</b> claim')).toContain('a &#60;b&#62;bold&#60;/b&#62; claim');
  });

  it('keeps http(s), mailto and the site’s own links', () => {
    const html = renderMarkdown(
      '[a](https://example.org/x?y=1&z=2) [b](#top) [c](/data) [d](mailto:x@example.org)',
    );
    expect(html).toContain('<a href="https://example.org/x?y=1&#38;z=2">a</a>');
    expect(html).toContain('<a href="#top">b</a>');
    expect(html).toContain('<a href="/data">c</a>');
    expect(html).toContain('<a href="mailto:x@example.org">d</a>');
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref('vbscript:x')).toBeUndefined();
  });
});

describe('the post-build step judges a script by its real type', () => {
  const page = (body: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"/></head><body>${body}<p>text</p></body></html>`;

  it('removes a script whose attribute text merely contains the JSON-LD type', () => {
    const html = stripScripts(page(`<script data-x='type="application/ld+json"'>alert(1)</script>`));
    expect(html).not.toContain('alert(1)');
    expect(html).toContain('<p>text</p>');
  });

  it('keeps JSON-LD and the site’s own scripts, and removes a script src that only mentions /assets/', () => {
    const html = stripScripts(
      page(
        '<script type="application/ld+json">{"a":1}</script><script type="module" src="/assets/search.abc.js"></script>' +
          '<script src="https://evil.example/x.js?/assets/a.js"></script><script TYPE="Application/LD+JSON ">{}</script>',
      ),
    );
    expect(html).toContain('<script type="application/ld+json">{"a":1}</script>');
    expect(html).toContain('<script type="module" src="/assets/search.abc.js"></script>');
    expect(html).not.toContain('evil.example');
    expect(html).toContain('<script TYPE="Application/LD+JSON ">{}</script>');
  });
});

describe('the Content-Security-Policy', () => {
  const next = '(self.__next_f=self.__next_f||[]).push([0])';
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"/><title>t</title></head><body><script>${next}</script><script>alert(1)</script><script type="application/ld+json">{}</script></body></html>`;

  it('allows no inline script but Next’s, by hash', () => {
    expect(allowedScriptHashes(page)).toEqual([scriptHash(next)]);
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('says object-src none, base-uri self, form-action self, and lists the hashes in script-src', () => {
    const policy = contentSecurityPolicy(["'sha256-abc'"]);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).toContain("script-src 'self' 'sha256-abc'");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    // A <meta> policy ignores frame-ancestors; the server sends it as a header.
    expect(policy).not.toContain('frame-ancestors');
  });

  it('goes into <head> right after <meta charset>, before any script, and reads back the same', () => {
    const policy = contentSecurityPolicy(allowedScriptHashes(page));
    const html = withPolicyMeta(page, policy);
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeGreaterThan(html.indexOf('charset'));
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain('<meta name="referrer" content="no-referrer"/>');
    expect(policyOfPage(html)).toBe(policy);
  });
});
