import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markCurrentNav } from '@/build/current-nav';
import { stripScripts } from '@/build/hydration';
import { basePathOf, withBase } from '@/lib/base-path';
import { createStaticServer, listen } from '../../scripts/serve.mjs';

describe('the base path', () => {
  it('is the path of SITE_URL, without a trailing slash, and empty without one', () => {
    expect(basePathOf(undefined)).toBe('');
    expect(basePathOf('http://localhost:3000')).toBe('');
    expect(basePathOf('https://example.org/')).toBe('');
    expect(basePathOf('https://example.org/pakistan-2024')).toBe('/pakistan-2024');
    expect(basePathOf('https://someone.github.io/pakistan-2024/')).toBe('/pakistan-2024');
    expect(() => basePathOf('example.org/x')).toThrow(/SITE_URL "example.org\/x" is not an absolute URL/);
  });

  it('prefixes root-relative links only', () => {
    expect(withBase('/pakistan-2024', '/about')).toBe('/pakistan-2024/about');
    expect(withBase('/pakistan-2024', '/')).toBe('/pakistan-2024/');
    expect(withBase('/pakistan-2024', '/data#cite')).toBe('/pakistan-2024/data#cite');
    expect(withBase('/pakistan-2024', '#main')).toBe('#main');
    expect(withBase('/pakistan-2024', 'https://iips.com.pk/')).toBe('https://iips.com.pk/');
    expect(withBase('/pakistan-2024', '//cdn.example.org/x')).toBe('//cdn.example.org/x');
    expect(withBase('', '/about')).toBe('/about');
  });

  it('marks the current page in a navigation whose links carry the base path', () => {
    const nav = `<nav class="site-nav" aria-label="Main"><a href="/pakistan-2024/">Home</a><a href="/pakistan-2024/themes">Themes</a><a href="/pakistan-2024/about">About</a></nav>`;
    const marked = markCurrentNav(nav, '/themes/economic-diplomacy', '/pakistan-2024');
    expect(marked).toContain('<a href="/pakistan-2024/themes" aria-current="true">');
    expect(markCurrentNav(nav, '/about', '/pakistan-2024')).toContain(
      '<a href="/pakistan-2024/about" aria-current="page">',
    );
    expect(markCurrentNav(nav, '/', '/pakistan-2024')).toContain(
      '<a href="/pakistan-2024/" aria-current="page">',
    );
    expect(markCurrentNav(nav, '/about', '')).not.toContain('aria-current');
  });

  it('keeps the site’s own scripts under the base path when Next’s are stripped', () => {
    const html = `<script src="/pakistan-2024/_next/static/chunks/a.js"></script><script type="module" src="/pakistan-2024/assets/search.abc.js"></script>`;
    expect(stripScripts(html)).toBe(
      '<script type="module" src="/pakistan-2024/assets/search.abc.js"></script>',
    );
  });

  it('serves an export under its base path, and nothing outside it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'export-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, '404.html'), 'not found');
    writeFileSync(join(root, 'index.html'), 'home');
    writeFileSync(join(root, 'about.html'), 'about');
    writeFileSync(join(root, 'assets', 'a.js'), 'js');
    const server = createStaticServer(root, { base: '/pakistan-2024' });
    const { url } = await listen(server, 0);
    const get = async (path: string) => {
      const res = await fetch(url + path);
      return `${res.status} ${await res.text()}`;
    };
    try {
      expect(await get('/pakistan-2024/')).toBe('200 home');
      expect(await get('/pakistan-2024/about')).toBe('200 about');
      expect(await get('/pakistan-2024/about?x=1')).toBe('200 about');
      expect(await get('/pakistan-2024/assets/a.js')).toBe('200 js');
      expect(await get('/about')).toBe('404 not found');
      expect(await get('/pakistan-2024x/about')).toBe('404 not found');
      expect(await get('/pakistan-2024/nothing')).toBe('404 not found');
    } finally {
      server.close();
    }
  });
});
