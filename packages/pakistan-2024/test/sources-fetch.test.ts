import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticleText } from '../scripts/sources/extract.js';
import { runSourcesFetch } from '../scripts/sources/fetch-command.js';
import { sourceDigest } from '../src/provenance/source-check.js';
import { isHeading, normaliseSourceText } from '../src/provenance/source-text.js';
import { builtData, describeWithEssay, essayIn, packageRoot, SOURCE_ID } from './helpers.js';

// No network here: the live download from the essay's URL is never tried. The extraction is
// tested on pages built at test time around a text, laid out as a WordPress post is (header,
// navigation, the article with its title and meta, the comment form, a sidebar, a footer).

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/’/g, '&#8217;');

/** A web page holding `text`: its lines after the first blank line go in the comment area. */
function pageAround(text: string, outline: readonly string[] = []): string {
  const [article = '', after = ''] = normaliseSourceText(text).split(/\n\n/);
  const block = (line: string) =>
    isHeading(line)
      ? `<h${outline.includes(line) ? 2 : 3} class="wp-block-heading">${escapeHtml(line)}</h${outline.includes(line) ? 2 : 3}>`
      : `<p>${escapeHtml(line)
          .split(' ')
          .map((w, i) => (i === 1 ? `<strong>${w}</strong>` : w))
          .join(' ')}</p>`;
  const lines = (s: string) => s.split('\n').filter(Boolean);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An essay – A think tank</title>
<script>window.dataLayer = [{ "page": "essay" }];</script><style>p { margin: 0 }</style></head>
<body class="post-template-default">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">A think tank</a></p>
<nav class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/research">Research</a></li><li><a href="/about">About us</a></li></ul></nav></header>
<div id="content"><main id="main" class="site-main">
<article class="post type-post">
<header class="entry-header"><h1 class="entry-title">An essay</h1><div class="entry-meta"><span>Posted in Research</span></div></header>
<div class="entry-content">
${lines(article).map(block).join('\n')}
<div class="sharedaddy"><h3 class="sd-title" style="display: none">Share this:</h3></div>
</div>
<footer class="entry-footer"><span class="cat-links">Categories: Research</span></footer>
</article>
<nav class="post-navigation"><a href="/previous">Previous post</a></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond">
${lines(after)
  .map(
    (l) =>
      `<h3 id="reply-title" class="comment-reply-title">${escapeHtml(l)} <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>`,
  )
  .join('\n')}
<form action="/wp-comments-post.php" method="post"><p class="comment-notes">Your email address will not be published.</p>
<p><label for="comment">Comment</label><textarea id="comment"></textarea></p><p><input type="submit" value="Post Comment"></p></form>
</div></div>
</main>
<aside id="secondary" class="widget-area"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/other">Another essay</a></li></ul></aside>
</div>
<footer id="colophon" class="site-footer"><p>© 2024 A think tank. All rights reserved.</p></footer>
<script src="/wp-includes/js/comment-reply.min.js"></script>
</body></html>`;
}

/** Our own stand-in for an essay: an opening paragraph, headings, a byline, and a footer line. */
const STAND_IN = `An opening paragraph of the stand-in essay, written for this test.
First Section
A Subsection
The first paragraph of the subsection, with a colon: and a comma, then more words.
A second paragraph, which says that the author’s view is “their own”.
Second Section
A paragraph of the second section.
This article is written by Nobody. Nobody is an analyst.

Leave a Reply
`;

describe('extracting the essay from a web page', () => {
  it('keeps the headings and paragraphs of the article, one per line, and leaves out the page around it', () => {
    const text = extractArticleText(pageAround(STAND_IN, ['First Section', 'Second Section']));
    expect(text).toBe(STAND_IN);
    for (const chrome of ['Home', 'An essay', 'Posted in', 'Categories', 'Previous post', 'Share this'])
      expect(text).not.toContain(chrome);
    for (const chrome of ['Cancel reply', 'Your email', 'Recent Posts', 'All rights reserved', 'dataLayer'])
      expect(text).not.toContain(chrome);
  });

  it('decodes entities, joins lines broken with <br> and folds runs of whitespace', () => {
    const html =
      '<main><p>One&nbsp;line\n   that  wraps<br>over two &amp; more&#8217;s</p><ul><li><p>an item</p></li></ul></main>';
    expect(extractArticleText(html)).toBe('One line that wraps over two & more’s\nan item\n');
  });

  it('falls back to the article, then the body, when the page has no <main>', () => {
    expect(
      extractArticleText('<body><nav><p>menu</p></nav><article><h1>Title</h1><p>text</p></article></body>'),
    ).toBe('text\n');
    expect(extractArticleText('<body><h1>Title</h1><p>plain</p><footer><p>foot</p></footer></body>')).toBe(
      'plain\n',
    );
  });

  it('finds nothing in a page without paragraphs', () => {
    expect(extractArticleText('<html><body><nav><a href="/">Home</a></nav></body></html>')).toBe('');
  });
});

describeWithEssay('extracting the essay itself from a page built around it', (essay) => {
  const source = essayIn(builtData());

  it('gives back the text whose SHA-256 the source record holds', () => {
    const text = extractArticleText(pageAround(essay, source.outline));
    expect(text).toBe(normaliseSourceText(essay));
    expect(sourceDigest(text)).toBe(source.sha256);
  });
});

/** Runs the command in this process with its own environment; what it printed, line by line. */
async function fetchCommand(args: string[], dir: string) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runSourcesFetch(args, {
    log: (l) => out.push(l),
    error: (l) => err.push(l),
    env: { POLICY_SOURCES_DIR: dir },
  });
  return { status, out, err };
}

describe('pnpm sources:fetch', () => {
  it('keeps a text whose SHA-256 differs, says so in one line, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-sources-'));
    const page = join(dir, 'page.html');
    writeFileSync(page, pageAround(STAND_IN));
    const r = await fetchCommand(['--source', SOURCE_ID, '--from', page], dir);
    expect(r.status).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/the text differs from the one the dataset was checked against .*policy verify/);
    expect(readFileSync(join(dir, `${SOURCE_ID}.txt`), 'utf8')).toBe(STAND_IN);
  });

  it('names a missing page, an unknown source and an unknown option in one line each', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-sources-'));
    const missing = await fetchCommand(['--source', SOURCE_ID, '--from', join(dir, 'nope.html')], dir);
    expect(missing.status).toBe(1);
    expect(missing.err).toEqual([expect.stringMatching(/^sources:fetch: cannot read .*nope\.html: ENOENT$/)]);
    const unknown = await fetchCommand(['--source', 'no-such-source'], dir);
    expect(unknown.err).toEqual([
      expect.stringMatching(/^sources:fetch: no essay "no-such-source" to fetch .*; the essays are iips-/),
    ]);
    const option = await fetchCommand(['--bogus'], dir);
    expect(option.status).toBe(2);
    expect(option.err).toEqual([
      expect.stringMatching(/^sources:fetch: Unknown option '--bogus'; usage: pnpm sources:fetch/),
    ]);
    expect(existsSync(join(dir, `${SOURCE_ID}.txt`))).toBe(false);
  });

  it('runs as a script: one line on stderr and the exit status, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-sources-'));
    try {
      execFileSync(
        join(packageRoot, 'node_modules', '.bin', 'tsx'),
        [join(packageRoot, 'scripts', 'sources', 'fetch.ts'), '--source', 'no-such-source'],
        {
          cwd: packageRoot,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, POLICY_SOURCES_DIR: dir },
        },
      );
      expect.unreachable('the command should fail');
    } catch (error) {
      const e = error as { status: number; stderr: string };
      expect(e.status).toBe(1);
      expect(e.stderr).toMatch(/^sources:fetch: no essay "no-such-source" to fetch [^\n]*\n$/);
    }
  });
});

describeWithEssay('pnpm sources:fetch with the essay', (essay) => {
  it('stores the extracted text where the lookup finds it when its SHA-256 matches', async () => {
    const source = essayIn(builtData());
    const dir = mkdtempSync(join(tmpdir(), 'policy-sources-'));
    const page = join(dir, 'page.html');
    writeFileSync(page, pageAround(essay, source?.outline));
    const r = await fetchCommand(['--source', SOURCE_ID, '--from', page], dir);
    expect(r).toMatchObject({ status: 0, err: [] });
    expect(r.out).toEqual([expect.stringMatching(/saved to .*; its SHA-256 matches the source record/)]);
    expect(readFileSync(join(dir, `${SOURCE_ID}.txt`), 'utf8')).toBe(normaliseSourceText(essay));
    // Asked again, it finds the stored copy and downloads nothing.
    const again = await fetchCommand(['--source', SOURCE_ID], dir);
    expect(again.status).toBe(0);
    expect(again.out).toEqual([
      expect.stringMatching(/already at .*, and its SHA-256 matches; nothing to do/),
    ]);
  });
});
