import { describe, expect, it } from 'vitest';
import { markCurrentNav, pagePath } from '@/build/current-nav';

const nav = `<header><a class="brand" href="/">Site</a><nav class="site-nav" aria-label="Main"><ul><li><a href="/relationships">Relationships</a></li><li><a href="/themes">Themes</a></li></ul></nav></header><main><a href="/relationships">elsewhere</a></main>`;

describe('the current page in the main navigation', () => {
  it('turns exported file names into site paths', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('themes.html')).toBe('/themes');
    expect(pagePath('relationships/pakistan-china.html')).toBe('/relationships/pakistan-china');
    expect(pagePath('relationships/index.html')).toBe('/relationships');
  });

  it('marks the link to the page itself as the current page', () => {
    const html = markCurrentNav(nav, '/themes');
    expect(html).toContain('<a href="/themes" aria-current="page">');
    expect(html).not.toContain('<a href="/relationships" aria-current');
  });

  it('marks the section link on a page inside it, and nothing outside the navigation', () => {
    const html = markCurrentNav(nav, '/relationships/pakistan-china');
    expect(html).toContain('<li><a href="/relationships" aria-current="true">Relationships</a>');
    expect(html).toContain('<main><a href="/relationships">elsewhere</a></main>');
    expect(markCurrentNav(nav, '/')).toBe(nav);
  });

  it('marks both copies of the navigation: the phone’s menu and the wide screen’s row', () => {
    const menu = nav.replace(
      '<nav class="site-nav"',
      '<details><summary>Menu</summary><nav class="site-nav"',
    );
    const both = menu.replace(
      '</nav></header>',
      '</nav></details><nav class="site-nav site-nav-wide" aria-label="Main"><ul><li><a href="/themes">Themes</a></li></ul></nav></header>',
    );
    const html = markCurrentNav(both, '/themes/economic-diplomacy');
    expect(html.match(/<a href="\/themes" aria-current="true">/g)).toHaveLength(2);
  });
});
