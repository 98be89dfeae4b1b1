import { describe, expect, it } from 'vitest';
import { renderMarkdown, slug } from '@/lib/markdown';

describe('renderMarkdown', () => {
  const doc =
    '# Title\n\n## Coding stance and trajectory\n\nText with `code`.\n\n<!-- marker -->\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';

  it('gives headings ids to link to', () => {
    expect(renderMarkdown(doc)).toContain(
      '<h2 id="coding-stance-and-trajectory">Coding stance and trajectory</h2>',
    );
  });

  it('can drop the title and nest the rest under the page’s headings', () => {
    const html = renderMarkdown(doc, { dropTitle: true, headingOffset: 1 });
    expect(html).not.toContain('Title</h');
    expect(html).toContain('<h3 id="coding-stance-and-trajectory">');
  });

  it('wraps tables in a focusable scrolling region and leaves comments out', () => {
    const html = renderMarkdown(doc);
    expect(html).toMatch(/<div class="table-wrap" role="region" aria-label="[^"]+" tabindex="0"><table>/);
    expect(html).not.toContain('marker');
  });
});

describe('slug', () => {
  it('folds accents, case and punctuation', () => {
    expect(slug('Stance: the cooperation–conflict scale')).toBe('stance-the-cooperation-conflict-scale');
    expect(slug('Café “Über”')).toBe('cafe-uber');
  });

  it('drops apostrophes as GitHub does, so a document’s own links hold on the site', () => {
    expect(slug("The year's chronology")).toBe('the-years-chronology');
    expect(slug('Pakistan’s neighbours')).toBe('pakistans-neighbours');
  });

  it('numbers a heading text used again, so that ids stay unique on the page', () => {
    const html = renderMarkdown('## 1.1.0\n\n### Data changes\n\n## 1.0.0\n\n### Data changes\n');
    expect([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '1-1-0',
      'data-changes',
      '1-0-0',
      'data-changes-1',
    ]);
  });

  it('lets a keyboard reach a code block, which scrolls sideways on a phone', () => {
    const html = renderMarkdown('```yaml\nkey: a very long line\n```\n');
    expect(html).toContain('<pre tabindex="0"><code');
  });
});
