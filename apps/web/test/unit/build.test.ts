import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressed, isCompressible } from '@/build/compress';
import { chunksOf, needsJavaScript, sharedChunks, stripScripts } from '@/build/hydration';

const page = (extra = '') =>
  `<html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>
<script type="application/ld+json">{"@type":"Dataset"}</script></head><body><p>text</p>
<script src="/_next/static/chunks/a.js" async=""></script>${extra}
<script>(self.__next_f=self.__next_f||[]).push([0])</script><script type="module" src="/assets/search.abc.js"></script></body></html>`;

describe('hydration', () => {
  const plain = page();
  const search = page('<script src="/_next/static/chunks/search.js" async=""></script>');

  it('finds the chunks every page shares and those a page adds', () => {
    expect(chunksOf(search)).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/search.js']);
    const shared = sharedChunks([plain, search]);
    expect([...shared]).toEqual(['/_next/static/chunks/a.js']);
    expect(needsJavaScript(plain, shared)).toBe(false);
    expect(needsJavaScript(search, shared)).toBe(true);
  });

  it('strips Next’s scripts and script preloads but keeps JSON-LD, the site’s own scripts and the content', () => {
    const html = stripScripts(plain);
    expect(html).not.toContain('_next');
    expect(html).not.toContain('__next_f');
    expect(html).toContain('<script type="module" src="/assets/search.abc.js"></script>');
    expect(html).not.toContain('as="script"');
    expect(html).toContain('<script type="application/ld+json">{"@type":"Dataset"}</script>');
    expect(html).toContain('<p>text</p>');
  });
});

describe('compression', () => {
  it('compresses text files of at least 1 kB only', () => {
    expect(isCompressible('a/index.html', 5000)).toBe(true);
    expect(isCompressible('a/index.html', 500)).toBe(false);
    expect(isCompressible('og/opengraph-image', 50_000)).toBe(false);
    expect(isCompressible('x.png', 50_000)).toBe(false);
  });

  it('produces encodings that decode to the original', () => {
    const text = Buffer.from('cooperation '.repeat(200));
    const { gz, br } = compressed(text);
    expect(gunzipSync(gz).equals(text)).toBe(true);
    expect(br.length).toBeLessThan(text.length / 10);
  });
});
