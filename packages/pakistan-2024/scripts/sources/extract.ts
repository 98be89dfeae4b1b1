/**
 * Turns a web page holding an essay into the plain-text layout the package's parser reads: one
 * heading or paragraph per line. Uses cheerio (a dev dependency: only this script needs HTML).
 */
import { load } from 'cheerio';
import { normaliseSourceText } from '../../src/provenance/source-text.js';

/** Parts of a page that are never the essay: chrome, scripts, forms, and anything hidden. */
const NOT_CONTENT = [
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'form',
  'header',
  'nav',
  'footer',
  'aside',
  '[role="banner"]',
  '[role="navigation"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[hidden]',
  '[aria-hidden="true"]',
].join(', ');

/** Elements whose text is one line of the source: headings and paragraphs. */
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, dt, dd';

const isHidden = (style: string | undefined) => /(?:^|;)\s*display\s*:\s*none\b/i.test(style ?? '');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The text of the page's main content in the source-text layout: the headings and paragraphs of
 * `<main>` (else `[role=main]`, `<article>`, `<body>`), one per line, the page title (`<h1>`) left
 * out because the source record holds it. Separate regions of the main content (the article, the
 * comments) are set apart by a blank line. Returned in the normal form its SHA-256 is taken of.
 */
export function extractArticleText(html: string): string {
  const $ = load(html);
  $(NOT_CONTENT).remove();
  $('[style]')
    .filter((_, el) => isHidden($(el).attr('style')))
    .remove();
  $('br').replaceWith(' ');
  const root = [$('main'), $('[role="main"]'), $('article'), $('body')].find((c) => c.length > 0)?.first();
  if (!root) return '';
  root.find('h1').first().remove();

  const regions: string[][] = [];
  let current: unknown;
  root.find(BLOCKS).each((_, el) => {
    // A block inside another (a paragraph in a list item) is part of the outer one's line.
    if ($(el).parents(BLOCKS).length > 0) return;
    const line = collapse($(el).text());
    if (!line) return;
    // The region is the container (article, section, div) under the root that holds the block;
    // blocks and lists at the top share the root's.
    const top = $(el).parentsUntil(root).last();
    const region = top.is('article, section, div') ? top.get(0) : root.get(0);
    if (region !== current || regions.length === 0) {
      regions.push([]);
      current = region;
    }
    regions[regions.length - 1]?.push(line);
  });
  const text = regions.map((lines) => lines.join('\n')).join('\n\n');
  return text ? normaliseSourceText(text) : '';
}
