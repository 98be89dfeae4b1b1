import { Marked, type Tokens } from 'marked';

/**
 * An anchor id from heading text, as GitHub makes it, so that a document's own links work on the
 * site too: "Coding stance and trajectory" → "coding-stance-and-trajectory", "The year's chronology"
 * → "the-years-chronology".
 */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/['\u2018\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Options of `renderMarkdown`. */
export interface RenderOptions {
  /** Drop the document's first-level heading (the page supplies its own <h1>). */
  readonly dropTitle?: boolean;
  /** Added to every heading level, to nest a document under the page's own headings. */
  readonly headingOffset?: number;
}

/**
 * Markdown to HTML at build time, for the package's own documents (methodology, changelog):
 * headings get ids to link to, and wide tables scroll inside a keyboard-focusable region.
 */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  const marked = new Marked({ gfm: true, async: false });
  // A heading text used twice (each release's "Data changes") gets -1, -2 … as on GitHub: ids stay unique.
  const used = new Map<string, number>();
  const uniqueSlug = (text: string): string => {
    const base = slug(text);
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    return seen ? `${base}-${seen}` : base;
  };
  marked.use({
    renderer: {
      heading(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Heading) {
        if (options.dropTitle && token.depth === 1) return '';
        const html = this.parser.parseInline(token.tokens);
        const level = Math.min(6, token.depth + (options.headingOffset ?? 0));
        return `<h${level} id="${uniqueSlug(token.text)}">${html}</h${level}>\n`;
      },
      html(token: Tokens.HTML | Tokens.Tag) {
        // Comments such as generator markers are not for readers.
        return token.text.trim().startsWith('<!--') ? '' : token.text;
      },
    },
  });
  // A code block wider than a phone scrolls sideways; keyboards must reach it to scroll it (axe's
  // scrollable-region-focusable).
  const html = (marked.parse(markdown) as string).replace(/<pre>/g, '<pre tabindex="0">');
  return html.replace(
    /<table>([\s\S]*?)<\/table>/g,
    '<div class="table-wrap" role="region" aria-label="Table (scrolls sideways)" tabindex="0"><table>$1</table></div>',
  );
}
